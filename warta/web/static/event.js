// The event page: scroll each report's article text so that its highlighted evidence is in view.
"use strict";
document.querySelectorAll(".report .article-text").forEach(function (box) {
  var mark = box.querySelector("mark.evidence");
  if (mark) {
    box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40);
  }
});
