// Draws the plan report's charts from the report JSON the page embeds (the API's own JSON).
(function () {
  var data = document.getElementById('report-data');
  if (!data || typeof echarts === 'undefined') return;
  var report = JSON.parse(data.textContent);
  if (!report) return;
  var measures = [
    { key: 'mediationSuccess', measure: 'MediationSuccessRate', name: '调解成功率', color: '#0b4f8a' },
    { key: 'arbitrationClosure', measure: 'ArbitrationClosureRate', name: '仲裁结案率', color: '#00703c' },
    { key: 'inspectionClosure', measure: 'InspectionClosureRate', name: '监察结案率', color: '#b3261e' }
  ];
  var value = function (rate) { return rate && rate.value !== null ? rate.value : null; };

  var months = document.getElementById('chart-months');
  if (months) {
    var chart = echarts.init(months, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null ? '无案件' : v.toFixed(2) + '%'; } },
      legend: { top: 0 },
      grid: { left: 48, right: 24, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: report.byMonth.map(function (m) { return m.year + '-' + String(m.month).padStart(2, '0'); }) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: measures.map(function (m) {
        var target = report.targetLine[m.measure];
        return {
          name: m.name, type: 'line', connectNulls: false, color: m.color,
          data: report.byMonth.map(function (row) { return value(row[m.key]); }),
          markLine: target ? { symbol: 'none', label: { formatter: m.name + '目标 ' + target.text + '%' }, lineStyle: { type: 'dashed', color: m.color }, data: [{ yAxis: target.value }] } : undefined
        };
      })
    });
  }

  var organisations = document.getElementById('chart-organisations');
  if (organisations) {
    var rows = report.byOrganisation;
    var bars = echarts.init(organisations, null, { renderer: 'svg' });
    bars.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null ? '无案件' : v.toFixed(2) + '%'; } },
      legend: { top: 0 },
      grid: { left: 48, right: 24, top: 40, bottom: 90 },
      xAxis: { type: 'category', data: rows.map(function (o) { return o.name.replace('开平市', ''); }), axisLabel: { rotate: 40, interval: 0 } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: measures.map(function (m) {
        return { name: m.name, type: 'bar', color: m.color, data: rows.map(function (o) { return value(o[m.key]); }) };
      })
    });
  }
  window.addEventListener('resize', function () {
    [months, organisations].forEach(function (el) { var c = el && echarts.getInstanceByDom(el); if (c) c.resize(); });
  });
})();
