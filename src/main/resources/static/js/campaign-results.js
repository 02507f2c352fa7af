// Charts of a campaign's results and of campaigns compared, drawn with ECharts from the JSON the
// page carries in data attributes (no inline script).
(function () {
  'use strict';
  var data = document.getElementById('results-data');
  if (!data || !window.echarts) {
    return;
  }
  var labels = (data.getAttribute('data-labels') || '').split('|');
  var responseLabel = data.getAttribute('data-response');
  var conversionLabel = data.getAttribute('data-conversion');

  function chart(id, option) {
    var element = document.getElementById(id);
    if (element) {
      var instance = window.echarts.init(element);
      instance.setOption(option);
      window.addEventListener('resize', function () { instance.resize(); });
    }
  }

  function funnelValues(f) {
    return [f.targeted, f.sent, f.delivered, f.opened, f.clicked, f.responded, f.converted];
  }

  function rates(groups) {
    return {
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return (v * 100).toFixed(1) + '%'; } },
      legend: { data: [responseLabel, conversionLabel] },
      xAxis: { type: 'category', data: groups.map(function (g) { return g.label || '—'; }) },
      yAxis: { type: 'value', axisLabel: { formatter: function (v) { return (v * 100).toFixed(0) + '%'; } } },
      series: [
        { name: responseLabel, type: 'bar', data: groups.map(function (g) { return g.responseRate; }) },
        { name: conversionLabel, type: 'bar', data: groups.map(function (g) { return g.conversionRate; }) }
      ]
    };
  }

  var results = data.getAttribute('data-results');
  if (results) {
    var r = JSON.parse(results);
    var values = funnelValues(r.funnel);
    chart('funnel-chart', {
      tooltip: { trigger: 'item' },
      series: [{ type: 'funnel', sort: 'none', minSize: '4%', label: { formatter: '{b}: {c}' },
        data: values.map(function (v, i) { return { name: labels[i], value: v }; }) }]
    });
    chart('level-chart', rates(r.byLevel));
    chart('city-chart', rates(r.byCity));
    chart('owner-chart', rates(r.byOwner));
  }

  var compared = data.getAttribute('data-compared');
  if (compared) {
    var list = JSON.parse(compared);
    chart('compare-chart', {
      tooltip: { trigger: 'axis' },
      legend: { data: list.map(function (c) { return c.name; }) },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value' },
      series: list.map(function (c) { return { name: c.name, type: 'bar', data: funnelValues(c.funnel) }; })
    });
  }
})();
