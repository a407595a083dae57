// Draws the portal's two charts with ECharts (served by the portal itself, no CDN).
(function () {
  function chart(id, build) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) { return; }
    var data = JSON.parse(el.getAttribute('data-chart') || '[]');
    var c = echarts.init(el);
    c.setOption(build(data));
    el.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { c.resize(); });
  }
  chart('loss-chart', function (d) {
    return {
      grid: { left: 260, right: 30, top: 10, bottom: 30 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: d.map(function (x) { return x.reason; }) },
      series: [{ type: 'bar', data: d.map(function (x) { return x.lost; }), color: '#c0392b' }],
      tooltip: {}
    };
  });
  chart('history-chart', function (d) {
    return {
      grid: { left: 50, right: 30, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: d.map(function (x) { return String(x.year); }) },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [{ type: 'line', data: d.map(function (x) { return x.iid; }), label: { show: true } }],
      tooltip: { trigger: 'axis' }
    };
  });
}());
