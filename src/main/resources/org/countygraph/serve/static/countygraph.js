/*
 * CountyGraph's page script: search suggestions as one types, the neighbourhood picture (drawn with
 * Apache ECharts from its WebJar) and the SPARQL query page. Text from the server is only ever put
 * into the page as text nodes, never as HTML.
 */
(function () {
  'use strict';

  var COLOURS = {
    person: '#c2410c', place: '#047857', organization: '#1d4ed8', industry: '#7c3aed',
    initiative: '#be185d', article: '#4b5563', other: '#6b7280'
  };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  /** Only paths on this server become links. */
  function localHref(href) {
    return typeof href === 'string' && href.charAt(0) === '/' && href.charAt(1) !== '/' ? href : null;
  }

  /* ---- search suggestions ---- */
  function suggestions() {
    var input = document.getElementById('search-q');
    var list = document.getElementById('suggestions');
    if (!input || !list) return;
    var timer = null, seq = 0, active = -1;

    function hide() { list.hidden = true; list.textContent = ''; active = -1; }

    function show(results) {
      list.textContent = '';
      active = -1;
      results.forEach(function (r) {
        var href = localHref(r.href);
        if (!href) return;
        var li = el('li'), a = el('a', 'suggestion');
        a.href = href;
        var name = el('span', 'name', r.label);
        if (r.matched && r.matched !== r.label) name.appendChild(el('small', 'note', ' ' + r.matched));
        a.appendChild(name);
        a.appendChild(el('span', 'type', r.type));
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = list.children.length === 0;
    }

    function ask() {
      var q = input.value.trim(), mine = ++seq;
      if (!q) { hide(); return; }
      fetch('/search.json?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (data) { if (mine === seq) show(data.results || []); })
        .catch(hide);
    }

    function move(step) {
      var links = list.querySelectorAll('a');
      if (!links.length) return;
      if (active >= 0) links[active].classList.remove('active');
      active = (active + step + links.length) % links.length;
      links[active].classList.add('active');
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 150);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { move(1); e.preventDefault(); }
      else if (e.key === 'ArrowUp') { move(-1); e.preventDefault(); }
      else if (e.key === 'Escape') { hide(); }
      else if (e.key === 'Enter' && active >= 0) {
        var links = list.querySelectorAll('a');
        if (links[active]) { e.preventDefault(); window.location.href = links[active].getAttribute('href'); }
      }
    });
    document.addEventListener('click', function (e) {
      if (!list.contains(e.target) && e.target !== input) hide();
    });
  }

  /* ---- neighbourhood picture ---- */

  /* Nodes carry ids (their IRIs): ECharts would otherwise key them by name, and two entities may share one. */

  /**
   * Places the nodes in the box's own pixels: the entity in the middle, its neighbours on one ring (an ellipse filling the box)
   * (up to 14), two (up to 34) or three, with room at the sides and bottom for the labels under them.
   */
  function place(nodes, width, height) {
    var others = nodes.length - 1;
    var rings = others <= 14 ? 1 : others <= 34 ? 2 : 3;
    var rx = Math.max(40, width / 2 - 75), ry = Math.max(40, height / 2 - 34);
    var cx = width / 2, cy = height / 2 - 8;
    /* Each ring holds a share of the neighbours in proportion to its radius, so spacing is even. */
    var shares = [], weight = rings * (rings + 1) / 2, given = 0;
    for (var k = 0; k < rings; k++) {
      var n = k === rings - 1 ? others - given : Math.round(others * (k + 1) / weight);
      shares.push(n);
      given += n;
    }
    var ring = 0, onRing = 0;
    nodes.forEach(function (node) {
      if (node.centre) { node.x = cx; node.y = cy; return; }
      while (onRing >= shares[ring]) { ring++; onRing = 0; }
      var angle = -Math.PI / 2 + (2 * Math.PI * onRing) / shares[ring] + ring * 0.3;
      var scale = (ring + 1) / rings;
      node.x = cx + Math.cos(angle) * rx * scale;
      node.y = cy + Math.sin(angle) * ry * scale;
      onRing++;
    });
  }

  /** A label formatter that returns the text as is (a string formatter would expand {a}, {b}...). */
  function constant(text) { return function () { return text; }; }

  function shorten(s) { return s.length > 10 ? s.substring(0, 9) + '…' : s; }

  function neighbourhood() {
    var box = document.getElementById('graph');
    if (!box || !window.echarts) return;
    var data = JSON.parse(box.getAttribute('data-graph'));
    if (data.nodes.length > 15) box.style.height = '600px';
    var margin = 0, width = Math.max(box.clientWidth, 100), height = Math.max(box.clientHeight, 100);
    place(data.nodes, width, height);
    var index = {};
    data.nodes.forEach(function (n, i) { index[n.id] = i; });
    var nodes = data.nodes.map(function (n) {
      var colour = COLOURS[n.category] || COLOURS.other;
      return {
        id: n.id, name: n.name, x: n.x, y: n.y, href: localHref(n.href), category: n.category,
        symbolSize: n.centre ? 46 : 24,
        itemStyle: { color: colour, borderColor: '#fff', borderWidth: 2 },
        label: { show: true, position: n.centre ? 'inside' : 'bottom', formatter: constant(shorten(n.name)), color: n.centre ? '#fff' : '#1f2933',
                 fontWeight: n.centre ? 'bold' : 'normal', fontSize: n.centre ? 13 : 12 }
      };
    });
    /* Two invisible corners make the drawing's extent the box itself, so one unit is one pixel
       (ECharts fits the extent to the box axis by axis, and would otherwise stretch the picture). */
    [[0, 0], [width, height]].forEach(function (c, i) {
      nodes.push({ id: 'corner-' + i, name: '', x: c[0], y: c[1], symbolSize: 0, silent: true,
                   label: { show: false }, itemStyle: { opacity: 0 }, tooltip: { show: false } });
    });
    var links = data.edges.filter(function (e) { return e.source in index && e.target in index; })
      .map(function (e) { return { source: index[e.source], target: index[e.target], label: e.label }; });
    var chart = window.echarts.init(box, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { show: false },
      series: [{
        type: 'graph', layout: 'none', roam: true, draggable: false,
        left: margin, right: margin, top: margin, bottom: margin,
        data: nodes, links: links,
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
        lineStyle: { color: '#9aa5b1', width: 1.2, curveness: 0.08 },
        edgeLabel: { show: false, fontSize: 11, color: '#1f2933', formatter: function (p) { return p.data.label || ''; } },
        label: { fontFamily: '"Noto Sans CJK SC", "Noto Sans SC", sans-serif' },
        emphasis: { focus: 'adjacency', lineStyle: { width: 2.5 }, edgeLabel: { show: true } }
      }]
    });
    chart.on('click', function (p) {
      if (p.dataType === 'node' && p.data.href) window.location.href = p.data.href;
    });
    window.addEventListener('resize', function () { chart.resize(); });
    box.setAttribute('data-ready', 'true');
    /* Where a node is drawn, in pixels from the picture's top left corner (for tests and tools). */
    window.countygraphPicture = {
      nodes: function () {
        return nodes.filter(function (n) { return n.name !== ''; }).map(function (n) {
          var p = chart.convertToPixel({ seriesIndex: 0 }, [n.x, n.y]);
          return { name: n.name, href: n.href, x: p[0], y: p[1] };
        });
      }
    };
  }

  /* ---- SPARQL query page ---- */
  function queryPage() {
    var form = document.getElementById('query-form');
    if (!form) return;
    var text = document.getElementById('query-text');
    var status = document.getElementById('query-status');
    var out = document.getElementById('query-results');
    var base = form.getAttribute('data-base') || '';

    function cell(term) {
      var td = el('td');
      if (!term) return td;
      if (term.type === 'uri') {
        if (base && term.value.indexOf(base) === 0 && term.value.length > base.length) {
          var a = el('a', null, term.value.substring(base.length));
          a.href = '/page/' + term.value.substring(base.length).split('/').map(encodeURIComponent).join('/');
          a.title = term.value;
          td.appendChild(a);
        } else {
          td.appendChild(el('code', null, term.value));
        }
      } else {
        td.appendChild(document.createTextNode(term.value));
        if (term['xml:lang']) td.appendChild(el('small', 'note', ' @' + term['xml:lang']));
      }
      return td;
    }

    function table(data) {
      if (typeof data.boolean === 'boolean') { out.appendChild(el('p', null, data.boolean ? 'true' : 'false')); return 1; }
      var vars = data.head.vars, rows = data.results.bindings;
      var t = el('table'), head = el('tr');
      vars.forEach(function (v) { head.appendChild(el('th', null, '?' + v)); });
      t.appendChild(head);
      rows.forEach(function (b) {
        var tr = el('tr');
        vars.forEach(function (v) { tr.appendChild(cell(b[v])); });
        t.appendChild(tr);
      });
      out.appendChild(t);
      return rows.length;
    }

    function run() {
      status.textContent = '运行中 running…';
      status.className = '';
      out.textContent = '';
      var body = new URLSearchParams();
      body.set('query', text.value);
      fetch(form.getAttribute('action'), {
        method: 'POST', body: body,
        headers: { Accept: 'application/sparql-results+json, text/turtle;q=0.9' }
      }).then(function (r) {
        return r.text().then(function (t) { return { ok: r.ok, status: r.status, type: r.headers.get('Content-Type') || '', text: t }; });
      }).then(function (r) {
        if (!r.ok) { status.textContent = 'HTTP ' + r.status; status.className = 'error'; out.appendChild(el('pre', null, r.text)); return; }
        if (r.type.indexOf('json') >= 0) status.textContent = table(JSON.parse(r.text)) + ' 行 rows';
        else { status.textContent = ''; out.appendChild(el('pre', null, r.text)); }
      }).catch(function (e) { status.textContent = String(e); status.className = 'error'; });
    }

    document.querySelectorAll('button.example').forEach(function (b) {
      b.addEventListener('click', function () { text.value = b.getAttribute('data-query'); run(); });
    });
    form.addEventListener('submit', function (e) { e.preventDefault(); run(); });
  }

  suggestions();
  neighbourhood();
  queryPage();
})();
