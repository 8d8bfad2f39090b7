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
            var trees = CorpusGenerator.Generate(lines).Select(f => CSharpSyntaxTree.ParseText(f.Text)).ToArray();
            var texts = trees
                .SelectMany(t => t.GetRoot().DescendantTokens())
                .Where(t => t.IsKind(SyntaxKind.StringLiteralToken))
                .Select(t => t.ValueText)
                .ToArray();
            Console.WriteLine($"{texts.Length:N0} literals");
            Time("KnownSecretDetector.Detect", texts, t => KnownSecretDetector.Detect(t) is not null);
            Time("SecretNames.MayBeSecretValue", texts, SecretNames.MayBeSecretValue);
            var options = System.Collections.Immutable.ImmutableArray.Create("password", "secret", "token", "apikey");
            Time("SecretNames.LooksLikeSecret", texts, t => SecretNames.MayBeSecretValue(t) && SecretNames.LooksLikeSecret(t, 3.0, options));
            Time("NonSecretClassifier.IsNonSecret", texts, NonSecretClassifier.IsNonSecret);

            // The per-file text passes that choose the literals SL1010 and SL1011 look at (trees already realised).
            Console.WriteLine($"{trees.Length:N0} files");
            var files = trees.Select(t => (Root: t.GetRoot(), Text: t.GetText().ToString())).ToArray();
            foreach (var file in files)
            {
                _ = file.Root.DescendantTokens().Count();
            }

            TimeFiles("KnownSecretSignatures.IndexOf", files, f => CountSignatures(f.Text));
            // What the text filters save: one FindToken costs about a microsecond on these files.
            TimeFiles("FindToken at every 50th character", files, f =>
            {
                var count = 0;
                for (var i = 0; i < f.Text.Length; i += 50) { count += f.Root.FindToken(i).RawKind > 0 ? 1 : 0; }
                return count;
            });
            TimeFiles("LiteralScan.ForEachSignatureValue", files, f =>
            {
                var count = 0;
                LiteralScan.ForEachSignatureValue(f.Root, f.Text, _ => count++, default);
                return count;
            });
            TimeFiles("LiteralScan.ForEachSecretLikeLiteral", files, f =>
            {
                var count = 0;
                LiteralScan.ForEachSecretLikeLiteral(f.Root, f.Text, _ => count++, default);
                return count;
            });
            TimeFiles("LiteralScan.ForEachSecretLikeLiteral + target text test", files, f =>
            {
                var count = 0;
                LiteralScan.ForEachSecretLikeLiteral(f.Root, f.Text, SecretlessAnalyzers.Common.SecretlessOptions.DefaultSecretWords, _ => count++, default);
                return count;
            });
        }

        private static int CountSignatures(string text)
        {
            var count = 0;
            for (var i = KnownSecretSignatures.IndexOf(text, 0); i >= 0; i = KnownSecretSignatures.IndexOf(text, i + 1))
            {
                count++;
            }

            return count;
        }

        private static void TimeFiles(string name, (SyntaxNode Root, string Text)[] files, Func<(SyntaxNode Root, string Text), int> stage)
        {
            var hits = 0;
            for (var warm = 0; warm < 2; warm++)
            {
                foreach (var f in files) { hits = stage(f); }
            }

            hits = 0;
            var watch = Stopwatch.StartNew();
            foreach (var f in files) { hits += stage(f); }
            Console.WriteLine($"  {name,-40} {watch.Elapsed.TotalMilliseconds,8:N1} ms  ({hits:N0} handed out)");
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
