"""The `warta` command line: a thin layer over the pipeline, the service and the store."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(
    name="warta",
    help="Conflict news in, a source-attributed database of events and claims out.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True, soft_wrap=True)  # one message, one line, however long the path


class OutputFormat:
    choices = ("jsonl", "table")


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files (.txt .html .jsonl), directories or URLs.")],
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl or table.")] = "jsonl",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
    show_text: Annotated[bool, typer.Option("--show-text", help="Print the cleaned text evidence offsets point into.")] = False,
) -> None:
    """Read articles and write one mention record per event they describe."""
    from warta.pipeline import process_inputs

    if format not in OutputFormat.choices:
        raise typer.BadParameter(f"--format must be one of {', '.join(OutputFormat.choices)}")
    stream = out.open("w", encoding="utf-8") if out else sys.stdout
    # a table read in a file or a pipe is not cut to 80 columns
    console = Console(file=stream, width=None if stream.isatty() else 160) if format == "table" else None
    failed = 0
    rows = []
    try:
        for result in process_inputs(inputs):
            if result.failure:
                failed += 1
                err.print(f"[red]{result.source}: {result.failure}[/red]", highlight=False)
                continue
            if result.article is not None:
                for warning in result.article.warnings:
                    err.print(f"[yellow]{result.source}: {warning}[/yellow]", highlight=False)
            if result.skipped:
                err.print(f"[yellow]{result.source}: {result.skipped}[/yellow]", highlight=False)
                continue
            if show_text and result.article is not None:
                print(f"# {result.source} (article {result.article.article_id})", file=stream)
                print(result.article.text, file=stream)
                print(file=stream)
            for mention in result.mentions:
                if format == "jsonl":
                    stream.write(json.dumps(mention.to_json_dict(), ensure_ascii=False) + "\n")
                else:
                    rows.append(mention)
        if console is not None:
            console.print(mention_table(rows))
    finally:
        if out:
            stream.close()
    if failed:
        err.print(f"{failed} input(s) failed", highlight=False)
        raise typer.Exit(code=1)


def mention_table(mentions) -> Table:
    table = Table(title=f"{len(mentions)} mentions", show_lines=False, expand=True)
    for column in ("source", "date", "type", "where", "actor 1", "actor 2", "killed", "who says so"):
        table.add_column(column, overflow="fold")
    for m in mentions:
        killed = m.fatalities.killed
        killed_text = "" if killed.min is None and killed.max is None else (
            f"{killed.min}" if killed.min == killed.max else f"{killed.min or ''}..{killed.max or ''}")
        claim = m.claim.claimant or "(outlet)"
        if m.claim.relays:
            claim += " via " + ", ".join(m.claim.relays)
        table.add_row(
            Path(m.source).name, str(m.date.start or "?"), m.sub_event_type.replace("_", " "),
            m.location.name or "?", m.actor1.name or "", m.actor2.name or "", killed_text, claim,
        )
    return table


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL: one line per article with its mentions.")],
    inputs: Annotated[list[str] | None, typer.Argument(help="The articles the gold describes.")] = None,
    pred: Annotated[Path | None, typer.Option("--pred", help="Score a saved mention file instead.")] = None,
    text_only: Annotated[bool, typer.Option(
        "--text-only", help="Ignore the gold's article metadata (publication date, outlet); read it from the text.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List misses and false alarms per article.")] = False,
    disable: Annotated[list[str] | None, typer.Option(
        "--disable", help="Switch off an extraction step to measure it, e.g. 'entities' (the trained recogniser).")] = None,
) -> None:
    """Score extraction against gold by SPEC's rule: mention P/R/F1 and each field's accuracy."""
    from warta.eval import article_key, group_by_article, score
    from warta.pipeline import process_inputs

    gold_lines = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold_by_article = {line["file"]: line["mentions"] for line in gold_lines}
    if pred is not None:
        predicted = [json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        if not inputs:
            raise typer.BadParameter("give the articles to extract from, or --pred FILE")
        metadata = {line["file"]: line for line in gold_lines}

        def adjust(article):
            # Like a JSONL input's metadata, the gold's article metadata wins over what the text says.
            line = metadata.get(article_key(article.source))
            if text_only or line is None:
                return article
            update = {}
            if line.get("published"):
                update["published"] = date.fromisoformat(line["published"])
            if line.get("outlet"):
                update["outlet"] = line["outlet"]
            return article.model_copy(update=update)

        predicted = []
        for result in process_inputs(inputs, adjust=adjust, disabled=tuple(disable or ())):
            if result.failure:
                err.print(f"{result.source}: {result.failure}", highlight=False)
            predicted.extend(m.to_json_dict() for m in result.mentions)
    report = score(group_by_article(predicted), gold_by_article)
    if as_json:
        print(json.dumps(report.as_dict(), indent=2))
        return
    console = Console(soft_wrap=True)
    summary = report.as_dict()["mentions"]
    console.print(f"mentions: predicted {summary['predicted']}, gold (required) {summary['required_gold']}, "
                  f"matched {summary['true_positives']}", highlight=False)
    console.print(f"precision {report.precision:.3f}  recall {report.recall:.3f}  F1 {report.f1:.3f}",
                  highlight=False)
    fields = "  ".join(f"{name} {value:.3f}" if value is not None else f"{name} -"
                       for name, value in report.field_accuracy().items())
    console.print(f"field accuracy: {fields}", highlight=False)
    if verbose:
        predicted_by_article = group_by_article(predicted)
        for article in report.articles:
            preds = predicted_by_article.get(article.key, [])
            golds = gold_by_article[article.key]
            console.print(f"\n[bold]{article.key}[/bold]: {article.true_positives} matched", highlight=False)
            for pair in article.pairs:
                wrong = [name for name, ok in pair.fields.items() if not ok]
                if wrong:
                    p, g = preds[pair.pred_index], golds[pair.gold_index]
                    console.print(f"  fields wrong {wrong}: {_brief(p)}  /  gold {_brief(g)}", highlight=False)
            for index in article.false_negatives:
                console.print(f"  missed: {_brief(golds[index])}", highlight=False)
            for index in article.false_positives:
                console.print(f"  false alarm: {_brief(preds[index])}", highlight=False)


def _brief(mention: dict) -> str:
    evidence = (mention.get("evidence") or [{}])[0].get("text", "")[:70]
    date_start = (mention.get("date") or {}).get("start")
    actor1 = (mention.get("actor1") or {}).get("name")
    actor2 = (mention.get("actor2") or {}).get("name")
    place = (mention.get("location") or {}).get("name")
    killed = ((mention.get("fatalities") or {}).get("killed") or {})
    claimant = (mention.get("claim") or {}).get("claimant")
    materiel = [(m.get("category"), m.get("min"), m.get("max")) for m in mention.get("materiel") or []]
    return (f"{mention.get('sub_event_type')} {date_start} {place} {actor1} -> {actor2} "
            f"killed={killed.get('min')}..{killed.get('max')} claim={claimant} mat={materiel} «{evidence}»")

# The store's commands: ingest, merge, events, event, search, export.
from warta.store_cli import register as _register_store_commands

_register_store_commands(app)

# `warta serve`: the REST API and the web dashboard.
from warta.serve_cli import register as _register_serve_command

_register_serve_command(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
