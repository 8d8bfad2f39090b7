using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Benchmarks
{
    /// <summary>
    /// --family-cost: the stages of the connection-string families' per-file pass (<see cref="SecretAnalysis"/>), timed
    /// with a stopwatch over the corpus (trees already built, semantic models already created): the file text, the
    /// trigger-word scan with its FindToken calls, the literal filter, folding, and the identifier scan.
    /// </summary>
    public static class FamilyCost
    {
        public static void Run(int lines)
        {
            var scenarios = new CompilationScenarios(lines);
            var compilation = scenarios.NewCompilation();
            var models = compilation.SyntaxTrees.Select(t => compilation.GetSemanticModel(t)).ToArray();
            foreach (var model in models)
            {
                _ = model.SyntaxTree.GetRoot().DescendantTokens().Count();
            }

            Console.WriteLine($"{models.Length:N0} files");
            Time("GetText().ToString()", models, m => m.SyntaxTree.GetText().ToString().Length > 0 ? 1 : 0);
            foreach (var analyzer in CompilationScenarios.SecretlessAnalyzers())
            {
                var field = analyzer.GetType().GetField("Candidates", BindingFlags.NonPublic | BindingFlags.Static);
                if (field?.GetValue(null) is not CandidateSyntax candidates)
                {
                    continue;
                }

                Console.WriteLine(analyzer.GetType().Name + ": " + string.Join(", ", candidates.TriggerWords));
                foreach (var word in candidates.TriggerWords)
                {
                    Time("IndexOf only, OrdinalIgnoreCase: " + word, models, m => Count(m.SyntaxTree.GetText().ToString(), word, StringComparison.OrdinalIgnoreCase));
                }

                foreach (var word in candidates.CreationTypeNames)
                {
                    Time("IndexOf only, Ordinal: " + word, models, m => Count(m.SyntaxTree.GetText().ToString(), word, StringComparison.Ordinal));
                }

                Time("scan (FindToken, no callback)", models, m => Scan(m, candidates, _ => true));
                Time("scan + literal filter", models, m => Scan(m, candidates, candidates.PassesLiteralFilter));
                Time("scan + filter + Fold", models, m => Scan(m, candidates, w => candidates.PassesLiteralFilter(w) && StringExpressions.Fold(w, m, default) is not null));
                Time("identifier scan (" + string.Join(", ", candidates.CreationTypeNames) + ")", models, m =>
                {
                    var count = 0;
                    var tree = m.SyntaxTree;
                    TextScan.ForEachIdentifier(tree.GetRoot(), tree.GetText().ToString(), candidates.CreationTypeNames, _ => count++, default);
                    return count;
                });
            }
        }

        private static int Count(string text, string word, StringComparison comparison)
        {
            var count = 0;
            for (var i = text.IndexOf(word, comparison); i >= 0; i = i + 1 < text.Length ? text.IndexOf(word, i + 1, comparison) : -1)
            {
                count++;
            }

            return count;
        }

        private static int Scan(SemanticModel model, CandidateSyntax candidates, Func<ExpressionSyntax, bool> stage)
        {
            var count = 0;
            var tree = model.SyntaxTree;
            TextScan.ForEachStringCandidate(tree.GetRoot(), tree.GetText().ToString(), candidates.TriggerWords, w => count += stage(w) ? 1 : 0, default);
            return count;
        }

        private static void Time(string name, SemanticModel[] models, Func<SemanticModel, int> stage)
        {
            var runs = new List<double>();
            var hits = 0;
            for (var run = 0; run < 7; run++)
            {
                hits = 0;
                var watch = Stopwatch.StartNew();
                foreach (var m in models) { hits += stage(m); }
                runs.Add(watch.Elapsed.TotalMilliseconds);
            }

            var sorted = runs.Skip(2).OrderBy(x => x).ToList();
            Console.WriteLine($"  {name,-60} {sorted[sorted.Count / 2],8:N1} ms  ({hits:N0} pass)");
        }
    }
}
