"""fastText side of bench/fasttext-compare: train, evaluate, time, and print the comparison table.

Subcommands (run by the bash script; all results are JSON files in the output directory):
  texts CSV OUT               text column of CSV -> OUT, one message per line
  train TAXONOMY TRAIN DEV OUTDIR
                              train both fastText models on TRAIN, evaluate on DEV -> OUTDIR/TAXONOMY-fasttext.json
  speed MSGS OUT MODEL...     best-of-3 single-threaded batch predict over MSGS -> OUT
  table OUTDIR                print the Markdown table from the JSON files in OUTDIR
"""

import csv
import importlib.metadata
import json
import os
import sys
import time

# The two reference models; both use the same training settings apart from character n-grams.
VARIANTS = {
    "char": dict(minn=2, maxn=5),  # character 2-5-grams + word bigrams
    "word": dict(minn=0, maxn=0),  # words + word bigrams only (the fast reference)
}
# One training thread with a fixed seed (fastText 0.9.2's default, 0) makes the models reproducible.
COMMON = dict(epoch=10, lr=0.5, dim=50, wordNgrams=2, loss="softmax", thread=1, seed=0, verbose=0)


def clean(text):
    """fastText's input convention: one line, lowercased."""
    return " ".join(text.replace("\r", " ").replace("\n", " ").split()).lower()


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [(row["text"], row.get("label")) for row in csv.DictReader(f)]


def level_metrics(truth, predicted):
    """Accuracy and macro-F1 over labels in truth ∪ predictions, as in Vigia's Evaluation.swift."""
    labels = set(truth) | set(predicted)
    f1s = []
    for label in labels:
        tp = sum(1 for t, p in zip(truth, predicted) if t == label and p == label)
        n_pred = predicted.count(label)
        n_true = truth.count(label)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_true if n_true else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    accuracy = sum(1 for t, p in zip(truth, predicted) if t == p) / len(truth)
    return {"accuracy": accuracy, "macro_f1": sum(f1s) / len(f1s)}


def evaluate(truth, predicted):
    top = lambda label: label.split(".", 1)[0]
    return {
        "n": len(truth),
        "leaf": level_metrics(truth, predicted),
        "top": level_metrics([top(t) for t in truth], [top(p) for p in predicted]),
    }


def cmd_texts(csv_path, out_path):
    with open(out_path, "w", encoding="utf-8") as f:
        for text, _ in read_csv(csv_path):
            f.write(" ".join(text.split()) + "\n")


def cmd_train(taxonomy, train_csv, dev_csv, out_dir):
    import fasttext

    train_txt = os.path.join(out_dir, f"{taxonomy}-train.fasttext.txt")
    with open(train_txt, "w", encoding="utf-8") as f:
        for text, label in read_csv(train_csv):
            f.write(f"__label__{label} {clean(text)}\n")
    dev = read_csv(dev_csv)
    dev_texts = [clean(text) for text, _ in dev]
    truth = [label for _, label in dev]
    results = {}
    for name, ngrams in VARIANTS.items():
        start = time.perf_counter()
        model = fasttext.train_supervised(input=train_txt, **COMMON, **ngrams)
        seconds = time.perf_counter() - start
        labels, _ = model.predict(dev_texts, k=1)
        predicted = [ls[0][len("__label__"):] for ls in labels]
        path = os.path.join(out_dir, f"{taxonomy}-fasttext-{name}.bin")
        model.save_model(path)
        results[name] = {"train_s": seconds, "model": path, "bytes": os.path.getsize(path),
                         **evaluate(truth, predicted)}
        print(f"fastText {name} {taxonomy}: trained in {seconds:.2f} s, "
              f"leaf macro-F1 {results[name]['leaf']['macro_f1']:.4f}", file=sys.stderr)
    with open(os.path.join(out_dir, f"{taxonomy}-fasttext.json"), "w") as f:
        json.dump(results, f, indent=1)


def cmd_speed(msgs_path, out_path, *model_paths, runs=3):
    import fasttext

    fasttext.FastText.eprint = lambda *args, **kwargs: None  # silence load_model's API-change warning
    # Same messages as `vigia bench classify --input` (it trims lines and skips blank ones);
    # lowercasing is done here, outside the timed region, which favours fastText.
    with open(msgs_path, encoding="utf-8") as f:
        lines = [clean(line) for line in f if line.strip()]
    results = {}
    for path in model_paths:
        model = fasttext.load_model(path)
        model.predict(lines[:1000], k=1)  # warm-up
        best = float("inf")
        for _ in range(runs):
            start = time.perf_counter()
            model.predict(lines, k=1)
            best = min(best, time.perf_counter() - start)
        results[os.path.basename(path)] = {"messages": len(lines), "best_s": best, "msgs_per_s": len(lines) / best}
        print(f"fastText {os.path.basename(path)}: {len(lines) / best:,.0f} msgs/s", file=sys.stderr)
    with open(out_path, "w") as f:
        json.dump(results, f, indent=1)


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {cpu}"


def cmd_table(out_dir):
    load = lambda name: json.load(open(os.path.join(out_dir, name)))
    vigia_tech, vigia_feed = load("tech-issues-vigia-eval.json"), load("feedback-vigia-eval.json")
    vigia_train = load("tech-issues-vigia-train.json")
    vigia_speed = load("vigia-bench.json")
    ft_tech, ft_feed = load("tech-issues-fasttext.json"), load("feedback-fasttext.json")
    ft_speed = load("fasttext-speed.json")

    mb = lambda n: f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{n / 1e3:.0f} kB"
    rows = [("Vigia", vigia_tech, vigia_feed, vigia_train["wall_s"], vigia_speed["msgs_per_s"],
             mb(os.path.getsize(os.path.join(out_dir, "tech-issues.vgm"))))]
    for name, title in [("char", "fastText char 2–5 + word bigrams"), ("word", "fastText words + bigrams only")]:
        rows.append((title, ft_tech[name], ft_feed[name], ft_tech[name]["train_s"],
                     ft_speed[os.path.basename(ft_tech[name]["model"])]["msgs_per_s"], mb(ft_tech[name]["bytes"])))

    print(f"fastText {importlib.metadata.version('fasttext-wheel')} (fasttext-wheel, numpy "
          f"{importlib.metadata.version('numpy')}), Python {sys.version.split()[0]}")
    print(f"Machine: {machine()}")
    print()
    print("| system | tech-issues leaf macro-F1 | tech-issues top macro-F1 | feedback macro-F1 "
          "| train s (tech-issues) | msgs/s (1 thread) | speed vs Vigia | model file (tech-issues) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    base = rows[0][4]
    for title, tech, feed, train_s, speed, size in rows:
        print(f"| {title} | {tech['leaf']['macro_f1']:.4f} | {tech['top']['macro_f1']:.4f} "
              f"| {feed['leaf']['macro_f1']:.4f} | {train_s:.1f} | {speed:,.0f} | {speed / base:.2f}× | {size} |")
    print()
    print(f"Dev sets: tech-issues n={vigia_tech['n']}, feedback n={vigia_feed['n']}. Training: 50,000 synthetic "
          f"examples (seed 2026) per taxonomy. Vigia train s is the wall time of `vigia train` "
          f"(its own 'trained in' figure: {vigia_train['reported_s']}). msgs/s over "
          f"{vigia_speed['messages']:,} messages: fastText best of 3 batch `predict(k=1)` on pre-lowercased lines; "
          f"Vigia `bench classify --threads 1 --seconds 5` (includes its normalization). "
          f"Speed vs Vigia = msgs/s ÷ Vigia's msgs/s.")


if __name__ == "__main__":
    commands = {"texts": cmd_texts, "train": cmd_train, "speed": cmd_speed, "table": cmd_table}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](*sys.argv[2:])
