using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace SecretlessAnalyzers.Tests.Accuracy
{
    /// <summary>
    /// The file-level score of one tool on the accuracy corpus, shared by our analyzers (<see cref="AccuracyTests"/>)
    /// and the peers (<see cref="PeerAccuracyTests"/>): a positive is detected when a finding in its file
    /// <c>detects</c> it; a negative is flagged when a finding in its file <c>flags</c> it. Precision = detected /
    /// (detected + flagged negatives); recall = detected / positives. Families are the positives' first expected rule
    /// (ours), so a peer that does not know our rule ids is still scored per family.
    /// </summary>
    public sealed class AccuracyScore
    {
        private AccuracyScore(IReadOnlyList<AccuracyCase> corpus, HashSet<AccuracyCase> detected, Dictionary<AccuracyCase, List<string>> flagged, List<string> misses)
        {
            Corpus = corpus;
            Detected = detected;
            Flagged = flagged;
            Misses = misses;
            Positives = corpus.Where(c => c.IsPositive).ToList();
            Negatives = corpus.Where(c => !c.IsPositive).ToList();
        }

        public IReadOnlyList<AccuracyCase> Corpus { get; }

        public IReadOnlyList<AccuracyCase> Positives { get; }

        public IReadOnlyList<AccuracyCase> Negatives { get; }

        /// <summary>The positives detected.</summary>
        public IReadOnlySet<AccuracyCase> Detected { get; }

        /// <summary>The negatives flagged, each with the findings (<c>id/severity</c>) that flagged it.</summary>
        public IReadOnlyDictionary<AccuracyCase, List<string>> Flagged { get; }

        /// <summary>One line per missed positive and per flagged negative, with an excerpt of the case (its values are run-time fakes).</summary>
        public IReadOnlyList<string> Misses { get; }

        public double Precision => Ratio(Detected.Count, Detected.Count + Flagged.Count);

        public double Recall => Ratio(Detected.Count, Positives.Count);

        /// <summary>Our rule families (a positive's first expected rule), in order.</summary>
        public IEnumerable<string> Families => Positives.Select(c => c.Rules[0]).Distinct().OrderBy(r => r, StringComparer.Ordinal);

        /// <summary>Positives and detections of one family.</summary>
        public (int Positives, int Detected) Family(string rule)
        {
            var own = Positives.Where(c => c.Rules[0] == rule).ToList();
            return (own.Count, own.Count(Detected.Contains));
        }

        public static AccuracyScore Compute(
            IReadOnlyList<AccuracyCase> corpus,
            IReadOnlyDictionary<string, List<Diagnostic>> findings,
            Func<AccuracyCase, Diagnostic, bool> detects,
            Func<AccuracyCase, Diagnostic, bool> flags)
        {
            var detected = new HashSet<AccuracyCase>();
            var flagged = new Dictionary<AccuracyCase, List<string>>();
            var misses = new List<string>();
            foreach (var item in corpus)
            {
                var found = findings.TryGetValue(item.Path, out var list) ? list : new List<Diagnostic>();
                if (item.IsPositive)
                {
                    if (found.Any(d => detects(item, d)))
                    {
                        detected.Add(item);
                    }
                    else
                    {
                        misses.Add($"MISSED {item.Id} [{item.Class}] expected {string.Join("|", item.Rules)}, got [{string.Join(",", found.Select(d => d.Id))}]: {Excerpt(item)}");
                    }

                    continue;
                }

                var wrong = found.Where(d => flags(item, d)).Select(d => d.Id + "/" + d.Severity).ToList();
                if (wrong.Count > 0)
                {
                    flagged[item] = wrong;
                    misses.Add($"FLAGGED {item.Id} [{item.Class}] by {string.Join(",", wrong)}: {Excerpt(item)}");
                }
            }

            return new AccuracyScore(corpus, detected, flagged, misses);
        }

        /// <summary>One line: precision and recall with their counts.</summary>
        public string Summary()
            => string.Create(CultureInfo.InvariantCulture, $"precision {Precision:P1} ({Detected.Count} detected, {Flagged.Count} negatives flagged), recall {Recall:P1} ({Detected.Count}/{Positives.Count})");

        /// <summary>Overall, per family and per class, for one tool (the table docs/accuracy.md records for ours).</summary>
        public string Table()
        {
            var table = new StringBuilder();
            table.AppendLine(CultureInfo.InvariantCulture, $"Corpus: {Positives.Count} positives, {Negatives.Count} hard negatives.");
            table.AppendLine(CultureInfo.InvariantCulture, $"Overall: {Summary()}.");
            table.AppendLine();
            table.AppendLine("| Rule | Positives | Detected | Recall | Negatives flagged by it |");
            table.AppendLine("|---|---|---|---|---|");
            foreach (var rule in Families)
            {
                var (positives, hits) = Family(rule);
                var wrongly = Flagged.Count(pair => pair.Value.Any(v => v.StartsWith(rule + "/", StringComparison.Ordinal)));
                table.AppendLine(CultureInfo.InvariantCulture, $"| {rule} | {positives} | {hits} | {Ratio(hits, positives):P1} | {wrongly} |");
            }

            table.AppendLine();
            table.AppendLine("| Class | Positives | Detected | Negatives | Flagged |");
            table.AppendLine("|---|---|---|---|---|");
            foreach (var group in Corpus.GroupBy(c => c.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var p = group.Count(c => c.IsPositive);
                var n = group.Count(c => !c.IsPositive);
                table.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key} | {p} | {group.Count(Detected.Contains)} | {n} | {group.Count(Flagged.ContainsKey)} |");
            }

            return table.ToString();
        }

        /// <summary>
        /// Several tools side by side on the same corpus: overall, per family (recall) and per class (detected
        /// positives, flagged negatives), one column per tool.
        /// </summary>
        public static string Comparison(IReadOnlyList<(string Tool, string Version, string Rules, AccuracyScore Score)> tools)
        {
            var first = tools[0].Score;
            var table = new StringBuilder();
            table.AppendLine(CultureInfo.InvariantCulture, $"Corpus: {first.Positives.Count} positives, {first.Negatives.Count} hard negatives.");
            table.AppendLine();
            table.AppendLine("| Tool | Version | Rules counted | Precision | Recall | Detected | Negatives flagged |");
            table.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var (tool, version, rules, score) in tools)
            {
                // A tool that reported nothing has no precision to speak of.
                var precision = score.Detected.Count + score.Flagged.Count == 0 ? "n/a (no finding)" : score.Precision.ToString("P1", CultureInfo.InvariantCulture);
                table.AppendLine(CultureInfo.InvariantCulture,
                    $"| {tool} | {version} | {rules} | {precision} | {score.Recall:P1} | {score.Detected.Count}/{score.Positives.Count} | {score.Flagged.Count}/{score.Negatives.Count} |");
            }

            var header = string.Join(" | ", tools.Select(t => t.Tool));
            var rule = string.Concat(Enumerable.Repeat("---|", tools.Count));
            table.AppendLine();
            table.AppendLine("Recall per family (the positive's rule in SecretlessAnalyzers):");
            table.AppendLine();
            table.AppendLine($"| Family | Positives | {header} |");
            table.AppendLine($"|---|---|{rule}");
            foreach (var family in first.Families)
            {
                var cells = tools.Select(t => t.Score.Family(family)).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Detected} ({Ratio(f.Detected, f.Positives):P0})"));
                table.AppendLine(CultureInfo.InvariantCulture, $"| {family} | {first.Family(family).Positives} | {string.Join(" | ", cells)} |");
            }

            table.AppendLine();
            table.AppendLine("Per class: positives detected / negatives flagged:");
            table.AppendLine();
            table.AppendLine($"| Class | Positives | Negatives | {header} |");
            table.AppendLine($"|---|---|---|{rule}");
            foreach (var group in first.Corpus.GroupBy(c => c.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var p = group.Count(c => c.IsPositive);
                var n = group.Count(c => !c.IsPositive);
                var cells = tools.Select(t => p > 0 && n > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{group.Count(t.Score.Detected.Contains)} / {group.Count(t.Score.Flagged.ContainsKey)}")
                    : p > 0
                        ? group.Count(t.Score.Detected.Contains).ToString(CultureInfo.InvariantCulture)
                        : "flagged " + group.Count(t.Score.Flagged.ContainsKey).ToString(CultureInfo.InvariantCulture));
                table.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key} | {p} | {n} | {string.Join(" | ", cells)} |");
            }

            return table.ToString();
        }

        private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

        private static string Excerpt(AccuracyCase item)
        {
            var text = item.IsConfiguration ? item.Content : item.Content.Substring(item.Content.IndexOf("{\n", StringComparison.Ordinal) + 2);
            text = text.Replace("\n", " ");
            return item.Path + " " + (text.Length > 220 ? text.Substring(0, 220) + "..." : text);
        }
    }
}
