"""The store's commands (`warta ingest`, `events`, `event`, `search`, `export`, `merge`), registered on the
CLI app by `register(app)`. They call warta.service and warta.store only.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from warta.merge.records import Event
from warta.merge.summarize import format_count
from warta.records import Mention
from warta.store import DEFAULT_DB, EventFilter
from warta.store.export import FORMATS

DbOption = Annotated[str, typer.Option("--db", help="SQLite file or postgresql:// URL", envvar="WARTA_DB")]
console = Console()


def _actors(actor1: str | None, actor2: str | None) -> str:
    return f"{actor1 or '?'} -> {actor2 or '-'}" if actor1 or actor2 else ""


def _when(start: dt.date | None, end: dt.date | None) -> str:
    if start is None:
        return ""
    return start.isoformat() if end in (None, start) else f"{start.isoformat()}..{end.isoformat()}"


def ingest(
    inputs: Annotated[list[str], typer.Argument(help="files, directories, JSONL files or URLs")],
    db: DbOption = DEFAULT_DB,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no line per article")] = False,
) -> None:
    """Read, extract and store articles; merge their mentions into events. Safe to re-run."""
    from warta import service

    def progress(source: str, outcome: str) -> None:
        if not quiet:
            console.print(f"{source}: {outcome}", highlight=False, markup=False)

    report = service.ingest(inputs, db, on_article=progress)
    console.print(
        f"{report.stored} article(s) stored, {report.already_stored} already stored, "
        f"{report.near_duplicates} near-duplicate(s), {report.failed} failed; {report.mentions_stored} mention(s); "
        f"{report.events_created} new event(s), {report.events_updated} updated ({report.seconds:.1f} s)",
        highlight=False,
    )


def merge(db: DbOption = DEFAULT_DB) -> None:
    """Merge every stored mention again from scratch (deterministic; event ids kept where events persist)."""
    from warta import service

    report = service.remerge(db)
    console.print(f"{report.mentions} mention(s) -> {report.events} event(s) in {report.seconds:.2f} s")


def events(
    db: DbOption = DEFAULT_DB,
    since: Annotated[dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="events on or after")] = None,
    until: Annotated[dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="events on or before")] = None,
    country: Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-3, e.g. AZE")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="event type or sub-event type slug")] = None,
    actor: Annotated[str | None, typer.Option(help="part of an actor's name")] = None,
    place: Annotated[str | None, typer.Option(help="part of a place name")] = None,
    min_sources: Annotated[int, typer.Option(help="at least this many distinct articles")] = 0,
    limit: Annotated[int | None, typer.Option(help="at most this many events")] = None,
    output: Annotated[str, typer.Option("--format", help="table or jsonl")] = "table",
) -> None:
    """List merged events: one row per real-world event, with its number of reports and disagreements."""
    from warta.store import Store

    where = EventFilter(since=since.date() if since else None, until=until.date() if until else None,
                        country=country, type=event_type, actor=actor, place=place, min_sources=min_sources, limit=limit)
    with Store(db) as store:
        found = store.events(where)
    if output == "jsonl":
        for record in found:
            sys.stdout.write(record.model_dump_json() + "\n")
        return
    print_events_table(found)


def print_events_table(found: list[Event]) -> None:
    table = Table(title=f"{len(found)} event(s)", show_lines=False)
    for column in ("id", "date", "type", "place", "actors", "killed", "reports", "claimants", "disputed"):
        table.add_column(column, overflow="fold")
    for record in found:
        table.add_row(
            record.event_id,
            _when(record.date.start, record.date.end),
            record.sub_event_type,
            ", ".join(x for x in (record.location.name, record.location.country) if x),
            _actors(record.actor1.name, record.actor2.name),
            "" if record.killed is None else str(record.killed),
            str(record.n_articles),
            str(record.n_claimants),
            ", ".join(dict.fromkeys(d.subject for d in record.disagreements)),
        )
    console.print(table)


def _report_row(mention: Mention) -> list[str]:
    claim = mention.claim
    claimant = claim.claimant or "(outlet's own report)"
    if claim.relays:
        claimant += f" via {', '.join(claim.relays)}"
    if claim.stance not in ("asserted", "unattributed"):
        claimant += f" [{claim.stance}]"
    killed = mention.fatalities.killed
    wounded = mention.fatalities.wounded
    numbers = []
    if killed.min is not None or killed.max is not None:
        numbers.append(f"killed {format_count(killed.min, killed.max)}")
    if wounded.min is not None or wounded.max is not None:
        numbers.append(f"wounded {format_count(wounded.min, wounded.max)}")
    numbers += [f"{m.category} {format_count(m.min, m.max)}" for m in mention.materiel]
    return [
        f"{mention.outlet or '?'}\n{mention.published or ''}",
        claimant,
        _when(mention.date.start, mention.date.end),
        _actors(mention.actor1.name, mention.actor2.name),
        f"{mention.sub_event_type}\n{mention.location.name or ''}",
        "\n".join(numbers),
        " ".join(e.text for e in mention.evidence),
    ]


def event(
    event_id: Annotated[str, typer.Argument(help="an event id (a unique prefix is enough)")],
    db: DbOption = DEFAULT_DB,
    output: Annotated[str, typer.Option("--format", help="text or json")] = "text",
) -> None:
    """One event: its headline values and how they were chosen, every report side by side, the disagreements."""
    from warta.store import Store

    with Store(db) as store:
        record = store.event(event_id)
        if record is None:
            console.print(f"no event {event_id!r} (or the prefix is not unique)", style="red")
            raise typer.Exit(1)
        reports = store.mentions(record.mention_ids)
    if output == "json":
        payload = record.model_dump(mode="json")
        payload["reports"] = [m.model_dump(mode="json") for m in reports]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
        return
    console.print(f"[bold]{record.event_id}[/bold]  {record.event_type} / {record.sub_event_type}")
    console.print(
        f"{_when(record.date.start, record.date.end)} ({record.date.precision})  "
        f"{record.location.name or '?'}, {record.location.country or '?'} ({record.location.precision})  "
        f"{_actors(record.actor1.name, record.actor2.name)}  killed {record.killed if record.killed is not None else '?'}"
        f"  wounded {record.wounded if record.wounded is not None else '?'}",
        highlight=False,
    )
    console.print(f"{record.n_mentions} report(s) in {record.n_articles} article(s) from {record.n_outlets} outlet(s); "
                  f"{record.n_claimants} independent claimant(s): {'; '.join(record.claimants)}", highlight=False)
    for choice in record.choices:
        console.print(f"  {choice.field} = {choice.value}  ({choice.rule})", highlight=False, markup=False)
    table = Table(title="reports", show_lines=True)
    for column in ("outlet", "claimant", "date", "actors", "type / place", "numbers", "evidence"):
        table.add_column(column, overflow="fold")
    for mention in reports:
        table.add_row(*_report_row(mention))
    console.print(table)
    for disagreement in record.disagreements:
        headline = f" (headline {disagreement.headline})" if disagreement.headline else ""
        title = f"disagreement: {disagreement.subject}{headline}"
        table = Table(title=title, show_lines=True)
        for column in ("value", "claimant", "outlet", "evidence"):
            table.add_column(column, overflow="fold")
        for account in disagreement.accounts:
            table.add_row(account.value, f"{account.claimant or '(unattributed)'} [{account.stance}]",
                          f"{account.outlet or '?'} {account.published or ''}", account.evidence or "")
        console.print(table)


def search(
    words: Annotated[str, typer.Argument(help="words to find in article texts and evidence sentences")],
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="at most this many hits")] = 20,
) -> None:
    """Full-text search over articles and the evidence sentences of mentions."""
    from warta.store import Store

    with Store(db) as store:
        hits = store.search(words, limit)
        table = Table(title=f"{len(hits)} hit(s)")
        for column in ("kind", "article / mention", "event", "snippet"):
            table.add_column(column, overflow="fold")
        for hit in hits:
            event_id = store.event_of_mention(hit.ref) if hit.kind == "evidence" else None
            table.add_row(hit.kind, hit.ref[:16] + ("…" + hit.ref.rsplit(":", 1)[-1] if ":" in hit.ref else ""),
                          event_id or "", hit.snippet)
    console.print(table)


def export(
    fmt: Annotated[str, typer.Option("--format", help=" | ".join(FORMATS))] = "jsonl",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="output file (stdout when absent)")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export every event as ACLED-style CSV, GeoJSON points, JSON lines or Parquet."""
    from warta import service

    try:
        count = service.export(db, fmt, out)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from error
    if out is not None:
        console.print(f"{count} event(s) written to {out}", highlight=False)


def register(app: typer.Typer) -> None:
    for command in (ingest, merge, events, event, search, export):
        app.command()(command)
