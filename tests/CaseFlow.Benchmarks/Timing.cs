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
}
