// The dashboard's map: events as circles coloured by type and sized by fatalities, over vendored country
// outlines (and tiles, when a tile server is configured). Every text from the store is put into the page
// with textContent, never as HTML.
"use strict";
(function () {
  var element = document.getElementById("map");
  if (!element || !window.L) { return; }
  var status = document.getElementById("map-status");
  var styles = getComputedStyle(document.documentElement);
  function colour(type) {
    return (styles.getPropertyValue("--t-" + type) || "").trim() || "#555";
  }
  function cssVar(name, fallback) {
    return (styles.getPropertyValue(name) || "").trim() || fallback;
  }
  // Canvas draws ten thousand circles quickly where SVG would make ten thousand DOM nodes.
  var map = L.map(element, { preferCanvas: true, worldCopyJump: true, zoomSnap: 0.25 }).setView([30, 40], 3);
  L.control.scale({ imperial: false }).addTo(map);
  var tiles = element.dataset.tiles;
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 18, attribution: element.dataset.attribution || "" }).addTo(map);
  }
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outlines: Natural Earth");
  window.warta = { map: map, markers: [] };  // for the browser tests and for curious analysts

  function text(tag, className, value) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    node.textContent = value;
    return node;
  }

  function tooltip(properties) {
    var box = document.createElement("div");
    box.appendChild(text("div", "tip-title", (properties.sub_event_type || "").replace(/_/g, " ")));
    var when = properties.date_start || "undated";
    if (properties.date_end && properties.date_end !== properties.date_start) { when += " – " + properties.date_end; }
    box.appendChild(text("div", "", when));
    var place = [properties.location, properties.country_name || properties.country].filter(Boolean).join(", ");
    box.appendChild(text("div", "tip-place", place || "place unknown"));
    var killed = properties.killed === null || properties.killed === undefined ? "?" : properties.killed;
    box.appendChild(text("div", "", "killed: " + killed + " · reports: " + properties.n_articles));
    if (properties.n_disagreements > 0) {
      box.appendChild(text("div", "tip-disputed", "⚠ sources disagree (" + properties.n_disagreements + ")"));
    }
    return box;
  }

  function radius(killed) {
    return 4 + Math.min(18, 2.2 * Math.sqrt(killed || 0));
  }

  function drawEvents(collection) {
    var bounds = [];
    collection.features.forEach(function (feature) {
      var p = feature.properties;
      var latlng = [feature.geometry.coordinates[1], feature.geometry.coordinates[0]];
      var disputed = p.n_disagreements > 0;
      var marker = L.circleMarker(latlng, {
        radius: radius(p.killed),
        color: disputed ? "#000" : colour(p.event_type),
        weight: disputed ? 2 : 1,
        fillColor: colour(p.event_type),
        fillOpacity: 0.7,
      });
      marker.bindTooltip(tooltip(p), { direction: "top" });
      marker.on("click", function () {
        window.location.href = "/events/" + encodeURIComponent(feature.id);
      });
      marker.addTo(map);
      window.warta.markers.push({ id: feature.id, latlng: latlng, marker: marker });
      bounds.push(latlng);
    });
    if (bounds.length) { map.fitBounds(bounds, { padding: [30, 30], maxZoom: 6, animate: false }); }
    if (status) { status.textContent = collection.features.length + " placed event(s) on the map."; }
    element.dataset.ready = "true";
  }

  function drawOutlines(topology) {
    if (!window.topojson) { return; }
    var countries = topojson.feature(topology, topology.objects.countries);
    L.geoJSON(countries, {
      interactive: false,
      style: { color: cssVar("--border", "#999"), weight: 0.7, fillColor: cssVar("--land", "#eee"), fillOpacity: 1 },
    }).addTo(map);
  }

  var outlines = tiles ? Promise.resolve() : fetch(element.dataset.outlines)
    .then(function (response) { return response.json(); })
    .then(drawOutlines)
    .catch(function () { /* the events are still drawn without outlines */ });
  outlines.then(function () { return fetch(element.dataset.src); })
    .then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.json();
    })
    .then(drawEvents)
    .catch(function (error) {
      if (status) { status.textContent = "The events could not be loaded: " + error.message; }
      element.dataset.ready = "error";
    });
})();
