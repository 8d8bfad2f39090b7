using System;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Tokens;

namespace SecretlessAnalyzers.Benchmarks
{
    /// <summary>--literal-cost: the text-only cost of the per-literal detectors over every literal of the corpus, stage by stage.</summary>
    public static class LiteralCost
    {
        public static void Run(int lines)
        {
            var texts = CorpusGenerator.Generate(lines)
                .SelectMany(f => CSharpSyntaxTree.ParseText(f.Text).GetRoot().DescendantTokens())
                .Where(t => t.IsKind(SyntaxKind.StringLiteralToken))
                .Select(t => t.ValueText)
                .ToArray();
            Console.WriteLine($"{texts.Length:N0} literals");
            Time("KnownSecretDetector.Detect", texts, t => KnownSecretDetector.Detect(t) is not null);
            Time("SecretNames.MayBeSecretValue", texts, SecretNames.MayBeSecretValue);
            var options = System.Collections.Immutable.ImmutableArray.Create("password", "secret", "token", "apikey");
            Time("SecretNames.LooksLikeSecret", texts, t => SecretNames.MayBeSecretValue(t) && SecretNames.LooksLikeSecret(t, 3.0, options));
            Time("NonSecretClassifier.IsNonSecret", texts, NonSecretClassifier.IsNonSecret);
        }

        private static void Time(string name, string[] texts, Func<string, bool> stage)
        {
            var hits = 0;
            for (var warm = 0; warm < 2; warm++)
            {
                foreach (var t in texts) { if (stage(t)) { hits++; } }
            }

            hits = 0;
            var watch = Stopwatch.StartNew();
            foreach (var t in texts) { if (stage(t)) { hits++; } }
            Console.WriteLine($"  {name,-34} {watch.Elapsed.TotalMilliseconds,8:N1} ms  ({hits:N0} pass)");
        }
    }
}
