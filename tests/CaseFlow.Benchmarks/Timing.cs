using System.Diagnostics;

namespace CaseFlow.Benchmarks;

public static class Timing
{
    /// <summary>The median time of <paramref name="rounds"/> runs, in milliseconds, after three warm-up runs.</summary>
    public static async Task<double> Median<T>(Func<Task<T>> run, int rounds)
    {
        for (var i = 0; i < 3; i++) await run();
        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }

    /// <summary>
    /// The median times of <paramref name="first"/> and <paramref name="second"/> over <paramref name="rounds"/> rounds that
    /// run one after the other in turn (after three warm-up runs of each), so that a moment when the machine is busy falls
    /// on both rather than on whichever happened to be measuring.
    /// </summary>
    public static async Task<(double First, double Second)> Medians<T>(Func<Task<T>> first, Func<Task<T>> second, int rounds)
    {
        for (var i = 0; i < 3; i++)
        {
            await first();
            await second();
        }
        var (a, b) = (new List<double>(), new List<double>());
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            await first();
            a.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            await second();
            b.Add(watch.Elapsed.TotalMilliseconds);
        }
        a.Sort();
        b.Sort();
        return (a[a.Count / 2], b[b.Count / 2]);
    }
}
