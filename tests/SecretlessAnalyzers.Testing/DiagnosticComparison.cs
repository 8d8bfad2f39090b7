using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace SecretlessAnalyzers.Testing
{
    /// <summary>
    /// Matches actual diagnostics one-to-one against resolved expectations and, on a mismatch, writes a message
    /// with the missing and unexpected diagnostics, quoted source lines, and every actual diagnostic in pasteable form.
    /// </summary>
    internal static class DiagnosticComparison
    {
        /// <summary>Returns null when the sets match, otherwise the failure message.</summary>
        public static string? Compare(
            IReadOnlyList<Diagnostic> actualDiagnostics,
            IReadOnlyList<DiagnosticResult> expectedResults,
            SourceLookup files,
            Func<string, bool> isAnalyzerId,
            string context)
        {
            var actual = actualDiagnostics.OrderBy(SortKey, SortKeyComparer.Instance).ToList();
            var expected = expectedResults.OrderBy(SortKey, SortKeyComparer.Instance).ToList();
            var matched = new bool[actual.Count];
            var missing = new List<DiagnosticResult>();

            foreach (var result in expected)
            {
                int index = Enumerable.Range(0, actual.Count).FirstOrDefault(i => !matched[i] && Matches(result, actual[i]) is null, -1);
                if (index >= 0)
                {
                    matched[index] = true;
                }
                else
                {
                    missing.Add(result);
                }
            }

            var unexpected = actual.Where((_, i) => !matched[i]).ToList();
            if (missing.Count == 0 && unexpected.Count == 0)
            {
                return null;
            }

            var builder = new StringBuilder();
            builder.AppendLine($"Diagnostics differ ({context}): expected {expected.Count}, actual {actual.Count}; {missing.Count} missing, {unexpected.Count} unexpected.");
            if (missing.Count > 0)
            {
                builder.AppendLine().AppendLine("Missing (expected, not reported):");
                foreach (var result in missing)
                {
                    builder.Append("    ").AppendLine(result.ToString(files.DefaultPath));
                    if (result.HasLocation)
                    {
                        Formatting.AppendQuote(builder, files, result.Spans[0].Span, "        ");
                    }

                    // Name the property that differs when an unmatched diagnostic has the same ID and location.
                    var near = unexpected.FirstOrDefault(d => d.Id == result.Id && SameStart(result, d))
                        ?? unexpected.FirstOrDefault(d => d.Id == result.Id);
                    if (near is not null)
                    {
                        builder.Append("        closest actual: ").Append(Formatting.ToExpectation(near, files.DefaultPath, isAnalyzerId(near.Id)))
                            .Append(" -- ").AppendLine(Matches(result, near));
                    }
                }
            }

            if (unexpected.Count > 0)
            {
                builder.AppendLine().AppendLine("Unexpected (reported, not expected):");
                foreach (var diagnostic in unexpected)
                {
                    builder.Append(Formatting.DescribeActual(diagnostic, files, isAnalyzerId(diagnostic.Id)));
                }
            }

            builder.AppendLine().AppendLine("All actual diagnostics, ready to paste:");
            if (actual.Count == 0)
            {
                builder.AppendLine("    (none)");
            }

            foreach (var diagnostic in actual)
            {
                builder.Append(Formatting.DescribeActual(diagnostic, files, isAnalyzerId(diagnostic.Id)));
            }

            return builder.ToString();
        }

        /// <summary>Null when <paramref name="actual"/> satisfies <paramref name="expected"/>, else what differs.</summary>
        public static string? Matches(DiagnosticResult expected, Diagnostic actual)
        {
            if (!string.Equals(expected.Id, actual.Id, StringComparison.Ordinal))
            {
                return $"ID differs: expected {expected.Id}, actual {actual.Id}";
            }

            bool actualHasLocation = Formatting.HasLocation(actual.Location);
            if (!expected.HasLocation)
            {
                if (actualHasLocation)
                {
                    return "expected no location, actual has one";
                }
            }
            else
            {
                if (!actualHasLocation)
                {
                    return "expected a location, actual has none";
                }

                if (LocationDiffers(expected.Spans[0], actual.Location) is { } primary)
                {
                    return "location differs: " + primary;
                }

                // Additional locations are compared only when the expectation lists some (roslyn-sdk always compares them).
                if (expected.Spans.Length > 1 && !expected.IsFromMarkup)
                {
                    var additional = actual.AdditionalLocations.Where(Formatting.HasLocation).ToList();
                    if (additional.Count != expected.Spans.Length - 1)
                    {
                        return $"expected {expected.Spans.Length - 1} additional location(s), actual has {additional.Count}";
                    }

                    for (int i = 0; i < additional.Count; i++)
                    {
                        if (LocationDiffers(expected.Spans[i + 1], additional[i]) is { } other)
                        {
                            return $"additional location {i + 1} differs: {other}";
                        }
                    }
                }
            }

            if (expected.Severity is { } severity && severity != actual.Severity)
            {
                return $"severity differs: expected {severity}, actual {actual.Severity}";
            }

            if (expected.MessageFor(actual) is { } message)
            {
                string actualMessage = actual.GetMessage();
                if (!string.Equals(message, actualMessage, StringComparison.Ordinal))
                {
                    return $"message differs: expected {Formatting.StringLiteral(message)}, actual {Formatting.StringLiteral(actualMessage)}";
                }
            }

            return null;
        }

        private static string? LocationDiffers(DiagnosticLocation expected, Location actual)
        {
            var span = actual.GetLineSpan();
            if (!string.Equals(expected.Span.Path, span.Path, StringComparison.Ordinal))
            {
                return $"expected file {expected.Span.Path}, actual {span.Path}";
            }

            bool same = expected.Span.StartLinePosition == span.StartLinePosition
                && (expected.IgnoresLength || expected.Span.EndLinePosition == span.EndLinePosition);
            return same ? null : $"expected {Formatting.SpanCall(expected.Span, expected.IgnoresLength, null)}, actual {Formatting.SpanCall(span, expected.IgnoresLength, null)}";
        }

        private static bool SameStart(DiagnosticResult expected, Diagnostic actual)
            => expected.HasLocation && Formatting.HasLocation(actual.Location)
                && expected.Spans[0].Span.Path == actual.Location.GetLineSpan().Path
                && expected.Spans[0].Span.StartLinePosition == actual.Location.GetLineSpan().StartLinePosition;

        private static (string Path, int Line, int Column, string Id) SortKey(Diagnostic diagnostic)
        {
            if (!Formatting.HasLocation(diagnostic.Location))
            {
                return (string.Empty, -1, -1, diagnostic.Id);
            }

            var span = diagnostic.Location.GetLineSpan();
            return (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character, diagnostic.Id);
        }

        private static (string Path, int Line, int Column, string Id) SortKey(DiagnosticResult result)
        {
            if (!result.HasLocation)
            {
                return (string.Empty, -1, -1, result.Id);
            }

            var span = result.Spans[0].Span;
            return (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character, result.Id);
        }

        private sealed class SortKeyComparer : IComparer<(string Path, int Line, int Column, string Id)>
        {
            public static readonly SortKeyComparer Instance = new();

            public int Compare((string Path, int Line, int Column, string Id) x, (string Path, int Line, int Column, string Id) y)
            {
                int c = string.CompareOrdinal(x.Path, y.Path);
                if (c == 0)
                {
                    c = x.Line.CompareTo(y.Line);
                }

                if (c == 0)
                {
                    c = x.Column.CompareTo(y.Column);
                }

                return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
            }
        }
    }
}
