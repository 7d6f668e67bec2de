"""Scorers for scripts/bench-extract. Each follows the README of its benchmark in
../shared/bench; where a README leaves a choice open, the choice is written here."""

import re
from dataclasses import dataclass, field
from pathlib import Path

from .numtext import numbers_in, value_of


@dataclass
class Result:
    name: str
    precision: float = None
    recall: float = None
    f1: float = None
    extra: dict = field(default_factory=dict)   # row-specific figures (rct: recalls, per doc)
    details: list = field(default_factory=list)  # lines printed under the table
    errors: list = field(default_factory=list)   # FP / FN records for --dump


def prf(tp, fp, fn):
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def overlaps(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def context(text, start, end, width=70):
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"{left}[[{text[start:end]}]]{right}"


def unique_spans(spans):
    seen, out = set(), []
    for span in spans:
        key = (span["start"], span["end"])
        if key not in seen:
            seen.add(key)
            out.append(span)
    return out


def span_scores(docs, predictions, gold_labels, pred_labels, ignore_labels=(), only_docs=None,
                row=""):
    """Exact-span P/R/F1 (and overlap F1) of predicted spans with a label in `pred_labels`
    against gold spans with a label in `gold_labels`. A prediction that matches no gold span
    but overlaps only spans labelled in `ignore_labels` is neither right nor wrong.
    Overlap scoring: a gold span is found when some prediction overlaps it; a prediction is
    right when it overlaps some gold span (both counted on their own side)."""
    tp = fp = fn = ignored = 0
    o_tp_pred = o_pred = o_tp_gold = o_gold = 0
    errors = []
    for doc in docs:
        if only_docs is not None and doc["id"] not in only_docs:
            continue
        text = doc["text"]
        gold = unique_spans([s for s in doc["spans"] if s["label"] in gold_labels])
        ignore = [s for s in doc["spans"] if s["label"] in ignore_labels]
        others = [s for s in doc["spans"] if s["label"] not in gold_labels]
        preds = unique_spans([p for p in predictions.get(doc["id"], []) if p["label"] in pred_labels])
        gold_keys = {(s["start"], s["end"]) for s in gold}
        pred_keys = {(p["start"], p["end"]) for p in preds}
        for p in preds:
            key = (p["start"], p["end"])
            touching = [g for g in gold if overlaps(g, p)]
            if key in gold_keys:
                tp += 1
            elif not touching and any(overlaps(s, p) for s in ignore):
                ignored += 1
                continue
            else:
                fp += 1
                errors.append({"row": row, "kind": "FP", "id": doc["id"], "text": p["text"],
                               "value": p.get("value"), "context": context(text, p["start"], p["end"]),
                               "gold_overlapping": [f'{g["label"]}:{g["text"]}' for g in touching]
                               + [f'{s["label"]}:{s["text"]}' for s in others if overlaps(s, p)]})
            o_pred += 1
            o_tp_pred += 1 if touching else 0
        for g in gold:
            touching = [p for p in preds if overlaps(g, p)]
            o_gold += 1
            o_tp_gold += 1 if touching else 0
            if (g["start"], g["end"]) not in pred_keys:
                fn += 1
                all_preds = [p for p in predictions.get(doc["id"], []) if overlaps(g, p)]
                errors.append({"row": row, "kind": "FN", "id": doc["id"], "text": g["text"],
                               "label": g["label"], "context": context(text, g["start"], g["end"]),
                               "predicted_overlapping": [f'{p["label"]}:{p["text"]}' for p in all_preds]})
    precision, recall, f1 = prf(tp, fp, fn)
    op = o_tp_pred / o_pred if o_pred else 0.0
    orr = o_tp_gold / o_gold if o_gold else 0.0
    of1 = 2 * op * orr / (op + orr) if op + orr else 0.0
    return precision, recall, f1, {"tp": tp, "fp": fp, "fn": fn, "ignored": ignored,
                                   "overlap_p": op, "overlap_r": orr, "overlap_f1": of1}, errors


def score_ddi(docs, predictions):
    """ddi-2013: gold DRUG+BRAND, exact span; a prediction that matches nothing and overlaps
    only GROUP or DRUG_N spans is ignored (README, 'For drug-name scoring')."""
    result = Result("ddi-2013 drug")
    p, r, f, counts, errors = span_scores(docs, predictions, {"DRUG", "BRAND"}, {"drug"},
                                          ignore_labels={"GROUP", "DRUG_N"}, row="ddi-drug")
    result.precision, result.recall, result.f1, result.errors = p, r, f, errors
    result.details.append(
        f"TP {counts['tp']} FP {counts['fp']} FN {counts['fn']}, ignored (GROUP/DRUG_N only) "
        f"{counts['ignored']}; overlap P {counts['overlap_p']:.3f} R {counts['overlap_r']:.3f} "
        f"F1 {counts['overlap_f1']:.3f}")
    return result


def score_ade_drug(docs, predictions):
    """ade-v2 drugs: gold DRUG, exact span, every sentence. Gold marks only drugs in an
    ADE or dose relation, so precision is a lower bound (README, 'Quirks')."""
    result = Result("ade-v2 drug")
    p, r, f, counts, errors = span_scores(docs, predictions, {"DRUG"}, {"drug"}, row="ade-drug")
    result.precision, result.recall, result.f1, result.errors = p, r, f, errors
    result.details.append(
        f"TP {counts['tp']} FP {counts['fp']} FN {counts['fn']}; overlap P "
        f"{counts['overlap_p']:.3f} R {counts['overlap_r']:.3f} F1 {counts['overlap_f1']:.3f} "
        f"(precision is a lower bound: co-medications are not annotated)")
    return result


def _pred_numbers(pred):
    found = numbers_in(pred.get("value") or "") or numbers_in(pred["text"])
    return set(found)


def score_ade_dose(docs, predictions):
    """ade-v2 numeric doses. Per the README: only sentences with at least one DOSE span are
    scored; DOSE spans without a digit ("overdose", "high-dose") are counted apart and are
    not gold here. Predictions are trialfacts `dose` spans (amount + unit). A prediction is
    right when it overlaps a numeric gold DOSE span and one of its numbers equals a number of
    that span (one-to-one, greedy in text order); anything else it predicts in those
    sentences is a false positive."""
    result = Result("ade-v2 numeric dose")
    tp = fp = fn = 0
    non_numeric = non_numeric_touched = 0
    for doc in docs:
        doses = [s for s in doc["spans"] if s["label"] == "DOSE"]
        if not doses:
            continue
        text = doc["text"]
        gold = unique_spans([s for s in doses if any(c.isdigit() for c in s["text"])])
        non_numeric += len(unique_spans(doses)) - len(gold)
        preds = unique_spans([p for p in predictions.get(doc["id"], []) if p["label"] == "dose"])
        used = set()
        for p in sorted(preds, key=lambda s: s["start"]):
            numbers = _pred_numbers(p)
            match = None
            for i, g in enumerate(gold):
                if i in used or not overlaps(g, p):
                    continue
                if numbers & set(numbers_in(g["text"])):
                    match = i
                    break
            if match is None:
                fp += 1
                result.errors.append({"row": "ade-dose", "kind": "FP", "id": doc["id"],
                                      "text": p["text"], "value": p.get("value"),
                                      "context": context(text, p["start"], p["end"]),
                                      "gold_overlapping": [f'{s["label"]}:{s["text"]}' for s in doc["spans"] if overlaps(s, p)]})
            else:
                used.add(match)
                tp += 1
        for i, g in enumerate(gold):
            if i not in used:
                fn += 1
                result.errors.append({"row": "ade-dose", "kind": "FN", "id": doc["id"],
                                      "text": g["text"], "context": context(text, g["start"], g["end"]),
                                      "predicted_overlapping": [f'{p["label"]}:{p["text"]}' for p in predictions.get(doc["id"], []) if overlaps(g, p)]})
        non_numeric_touched += sum(1 for s in doses if not any(c.isdigit() for c in s["text"])
                                   and any(overlaps(s, p) for p in preds))
    result.precision, result.recall, result.f1 = prf(tp, fp, fn)
    result.details.append(
        f"TP {tp} FP {fp} FN {fn} over numeric DOSE spans; {non_numeric} DOSE spans without a "
        f"digit counted apart (not gold), {non_numeric_touched} of them overlapped by a dose span")
    return result


GLAUCOMA_ROWS = (  # row name, gold label, trialfacts label
    ("glaucoma frequency", "FREQUENCY", "frequency"),
    ("glaucoma route", "ROUTE", "route"),
    ("glaucoma strength", "STRENGTH", "dose"),
)


def score_glaucoma(docs, predictions, which):
    """glaucoma-med-notes: exact span P/R/F1 of one gold label against one trialfacts label,
    every line (lines without spans are negatives). No prediction is ignored: a frequency
    predicted on "OD" (right eye here) is a false positive, as the README warns."""
    name, gold_label, pred_label = next(row for row in GLAUCOMA_ROWS if row[0] == which)
    result = Result(name)
    p, r, f, counts, errors = span_scores(docs, predictions, {gold_label}, {pred_label},
                                          row=name.replace(" ", "-"))
    result.precision, result.recall, result.f1, result.errors = p, r, f, errors
    result.details.append(
        f"TP {counts['tp']} FP {counts['fp']} FN {counts['fn']}; overlap P "
        f"{counts['overlap_p']:.3f} R {counts['overlap_r']:.3f} F1 {counts['overlap_f1']:.3f}")
    if gold_label == "ROUTE":
        def names_eye(words):
            tokens = re.findall(r"[a-z]+", words.lower())
            return any(t in ("ou", "os", "od", "eye", "eyes") for t in tokens)
        eye = sum(1 for d in docs for s in d["spans"] if s["label"] == "ROUTE" and names_eye(s["text"]))
        total = sum(1 for d in docs for s in d["spans"] if s["label"] == "ROUTE")
        result.details.append(
            f"{eye} of {total} gold ROUTE spans name an eye (OU/OS/OD/... eye); trialfacts "
            f"takes an eye as a route only where something is dosed, the gold also in some "
            f"diagnoses and exams")
        # How consistently the gold marks eyes on lines that name no drug: tagging all of
        # them, or none, is what a rule can do there.
        eye_word = re.compile(r"\b(OD|OS|OU|od|os|ou|both eyes|right eye|left eye|each eye)\b")
        marked = unmarked = 0
        for d in docs:
            if any(s["label"] == "DRUG" for s in d["spans"]):
                continue
            gold = {(s["start"], s["end"]) for s in d["spans"] if s["label"] == "ROUTE"}
            for m in eye_word.finditer(d["text"]):
                if (m.start(), m.end()) in gold:
                    marked += 1
                else:
                    unmarked += 1
        if marked + unmarked:
            result.details.append(
                f"on lines that name no drug the gold marks {marked} of {marked + unmarked} eyes "
                f"({marked / (marked + unmarked):.0%}) as a route: those {marked} cost recall, "
                f"and marking every such eye would add {unmarked} false positives")
    return result


def _cohort_candidates(preds):
    out = []
    for p in preds:
        if p["label"] != "cohort":
            continue
        value = value_of(p.get("value") or "")
        if value is None:
            value = value_of(p["text"])
        if value is not None:
            out.append((value, p))
    return out


def score_pico(docs, predictions):
    """pico-breast-cancer total participants, per abstract, exact value.
    Gold: the values of the abstract's total-participants spans (an abstract may have several:
    repeats, screened / randomized / evaluable totals, which the label does not tell apart).
    Prediction: one value per abstract, the LARGEST cohort value trialfacts finds in it (a
    total is at least each arm; chosen before scoring, not tuned), among the cohorts that
    trialfacts marks `"scope": "total"`; an abstract whose cohorts are all arm sizes gets
    no prediction. Right when it equals one
    of the gold values. P = right / abstracts with a prediction; R = right / abstracts with a
    gold total; an abstract without gold where trialfacts predicts counts as a false positive.
    Also shown (details): the FIRST cohort mention instead, and a span-level score where
    every cohort's number span is matched by offsets against the gold spans."""
    result = Result("pico total participants")

    def run(choose, record):
        tp = fp = fn = 0
        for doc in docs:
            gold_spans = [s for s in doc["spans"] if s["label"] == "total-participants"]
            gold_values = {v for v in (value_of(s["text"]) for s in gold_spans) if v is not None}
            candidates = [c for c in _cohort_candidates(predictions.get(doc["id"], []))
                          if c[1].get("scope", "total") == "total"]
            chosen = choose(candidates) if candidates else None
            right = chosen is not None and chosen[0] in gold_values
            if right:
                tp += 1
            if chosen is not None and not right:
                fp += 1
            if gold_spans and not right:
                fn += 1
            if record and (not right) and (chosen is not None or gold_spans):
                text = doc["text"]
                result.errors.append({
                    "row": "pico-cohort", "kind": "FP+FN" if chosen and gold_spans else ("FP" if chosen else "FN"),
                    "id": doc["id"],
                    "predicted": None if chosen is None else {"value": chosen[0], "context": context(text, chosen[1]["start"], chosen[1]["end"])},
                    "gold": [{"text": s["text"], "context": context(text, s["start"], s["end"])} for s in gold_spans],
                    "candidates": [f'{p["text"]} ({v:g})' for v, p in candidates]})
        return prf(tp, fp, fn), (tp, fp, fn)

    (p, r, f), (tp, fp, fn) = run(lambda c: max(c, key=lambda vp: (vp[0], -vp[1]["start"])), True)
    result.precision, result.recall, result.f1 = p, r, f
    result.details.append(f"largest cohort per abstract: TP {tp} FP {fp} FN {fn}")
    (p2, r2, f2), (tp2, fp2, fn2) = run(lambda c: min(c, key=lambda vp: vp[1]["start"]), False)
    result.details.append(f"first cohort mention instead: P {p2:.3f} R {r2:.3f} F1 {f2:.3f} "
                          f"(TP {tp2} FP {fp2} FN {fn2})")
    # Span level: the number span of every cohort against the gold spans, exact offsets.
    stp = sfp = sfn = 0
    for doc in docs:
        preds = predictions.get(doc["id"], [])
        numbers = [p for p in preds if p["label"] == "number"]
        cohort_numbers = set()
        for _, c in _cohort_candidates(preds):
            inner = [n for n in numbers if c["start"] <= n["start"] and n["end"] <= c["end"]]
            if inner:
                cohort_numbers.add((inner[0]["start"], inner[0]["end"]))
        gold = {(s["start"], s["end"]) for s in doc["spans"] if s["label"] == "total-participants"}
        stp += len(cohort_numbers & gold)
        sfp += len(cohort_numbers - gold)
        sfn += len(gold - cohort_numbers)
    sp, sr, sf = prf(stp, sfp, sfn)
    result.details.append(f"span level, every cohort's number vs total-participants spans: "
                          f"P {sp:.3f} R {sr:.3f} F1 {sf:.3f} (arm sizes count as FP here)")
    return result


def score_rct(split, binary, continuous, findings):
    """rct-outcomes, exactly as its README's 'Scoring' section defines it."""
    result = Result("rct-outcomes per arm")
    articles = {row["pmcid"] for row in binary + continuous if row["split"] == split}
    by_article = {}
    count = 0
    for record in findings:
        if record.get("type") != "finding":
            continue
        article = Path(record["source"]).name.split(".")[0]
        if article not in articles:
            continue
        count += 1
        response = record.get("response") or {}
        cohort = record.get("cohort") or {}
        by_article.setdefault(article, []).append(
            (response.get("responders"), response.get("total"), cohort.get("size")))

    def arm_found(pmcid, events, size):
        return any(resp == events and (total == size or csize == size)
                   for resp, total, csize in by_article.get(pmcid, []))

    def size_found(pmcid, size):
        return any(total == size or csize == size for _, total, csize in by_article.get(pmcid, []))

    arms = arms_hit = trip = trip_hit = sizes = sizes_hit = 0
    where = {}
    for row in binary:
        if row["split"] != split:
            continue
        pmcid = row["pmcid"]
        found_both = True
        for arm in ("intervention", "comparator"):
            events, size = row[f"{arm}_events"], row[f"{arm}_group_size"]
            if size is not None:
                sizes += 1
                hit = size_found(pmcid, size)
                sizes_hit += hit
                if not hit:
                    result.errors.append({"row": "rct", "kind": "FN-size", "id": pmcid, "arm": arm,
                                          "outcome": row["outcome"], "group_size": size,
                                          "in_table": row["is_relevant_data_in_table"],
                                          "in_figure": row["is_data_in_figure_graphics"],
                                          "notes": row["notes"], "findings": by_article.get(pmcid, [])})
            if events is not None and size is not None:
                arms += 1
                hit = arm_found(pmcid, events, size)
                arms_hit += hit
                place = ("figure" if row["is_data_in_figure_graphics"]
                         else "table" if row["is_relevant_data_in_table"] else "text")
                total_hit = where.setdefault(place, [0, 0])
                total_hit[0] += 1
                total_hit[1] += hit
                if not hit:
                    result.errors.append({"row": "rct", "kind": "FN-arm", "id": pmcid, "arm": arm,
                                          "outcome": row["outcome"], "events": events, "group_size": size,
                                          "place": place, "notes": row["notes"],
                                          "findings": by_article.get(pmcid, [])})
            found_both = found_both and events is not None and size is not None and arm_found(pmcid, events, size)
        if all(row[f"{a}_{k}"] is not None for a in ("intervention", "comparator")
               for k in ("events", "group_size")):
            trip += 1
            trip_hit += found_both
    ratio = lambda a, b: a / b if b else 0.0  # noqa: E731
    result.extra = {"arm_recall": ratio(arms_hit, arms), "triplet_recall": ratio(trip_hit, trip),
                    "group_size_recall": ratio(sizes_hit, sizes),
                    "findings_per_doc": ratio(count, len(articles)), "articles": len(articles)}
    result.details.append(
        f"arm_recall={result.extra['arm_recall']:.3f} ({arms_hit}/{arms}) "
        f"triplet_recall={result.extra['triplet_recall']:.3f} ({trip_hit}/{trip}) "
        f"group_size_recall={result.extra['group_size_recall']:.3f} ({sizes_hit}/{sizes}) "
        f"findings_per_doc={result.extra['findings_per_doc']:.1f} ({count}/{len(articles)})")
    result.details.append("arms found by where the gold numbers are: " + ", ".join(
        f"{place} {hit}/{total}" for place, (total, hit) in sorted(where.items())))
    with_response = sum(1 for rows in by_article.values() for r in rows if r[0] is not None)
    result.details.append(f"findings with response.responders: {with_response} of {count}")
    return result

