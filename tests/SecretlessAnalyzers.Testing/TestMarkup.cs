using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace SecretlessAnalyzers.Testing
{
    /// <summary>One <c>[| |]</c> or <c>{|ID: |}</c> span: <see cref="Id"/> is null for <c>[| |]</c>.</summary>
    public readonly record struct MarkupSpan(string? Id, TextSpan Span);

    /// <summary>The text with markup removed, the diagnostic spans, and the <c>{|#n: |}</c> locations.</summary>
    public sealed record MarkupResult(
        string Text,
        ImmutableArray<MarkupSpan> DiagnosticSpans,
        ImmutableDictionary<int, TextSpan> Locations);

    /// <summary>
    /// Parses roslyn-sdk's test markup:
    /// <list type="bullet">
    /// <item><c>[|text|]</c>: the analyzer's single (default) diagnostic;</item>
    /// <item><c>{|ID:text|}</c>: a diagnostic with that ID (an analyzer or compiler ID);</item>
    /// <item><c>{|#0:text|}</c>: a location only, referred to by <c>WithLocation(0)</c>;
    /// it may be closed explicitly with <c>|#0}</c> so spans can overlap.</item>
    /// </list>
    /// Unlike roslyn-sdk, <c>$$</c> is ordinary text, so raw interpolated strings (<c>$$"""</c>) need no option.
    /// </summary>
    public static class TestMarkup
    {
        // "{|" + name + ":"; a name is an ID (SL1001, CS1002) or "#" + digits.
        private static readonly Regex OpenNamed = new(@"\G\{\|(?<name>#\d+|[A-Za-z_][A-Za-z0-9_]*):", RegexOptions.CultureInvariant);
        private static readonly Regex ExplicitClose = new(@"\G\|#(?<key>\d+)\}", RegexOptions.CultureInvariant);
        private static readonly Regex ExplicitCloseAnywhere = new(@"\|#(?<key>\d+)\}", RegexOptions.CultureInvariant);

        /// <summary>Removes markup from <paramref name="markup"/>; throws <see cref="FormatException"/> on malformed markup.</summary>
        public static MarkupResult Parse(string markup, string? fileNameForErrors = null)
        {
            if (markup is null)
            {
                throw new ArgumentNullException(nameof(markup));
            }

            // Named spans closed by "|#n}" are skipped by a plain "|}", which lets spans overlap.
            var explicitlyClosed = new HashSet<string>(
                ExplicitCloseAnywhere.Matches(markup).Select(m => "#" + m.Groups["key"].Value),
                StringComparer.Ordinal);

            var output = new StringBuilder(markup.Length);
            var anonymousStarts = new Stack<int>();
            var named = new List<(string Name, int Start)>();
            var diagnostics = ImmutableArray.CreateBuilder<MarkupSpan>();
            var locations = ImmutableDictionary.CreateBuilder<int, TextSpan>();

            int i = 0;
            while (i < markup.Length)
            {
                if (At(markup, i, "[|"))
                {
                    anonymousStarts.Push(output.Length);
                    i += 2;
                    continue;
                }

                if (At(markup, i, "{|") && OpenNamed.Match(markup, i) is { Success: true } open)
                {
                    named.Add((open.Groups["name"].Value, output.Length));
                    i += open.Length;
                    continue;
                }

                if (At(markup, i, "|]"))
                {
                    if (anonymousStarts.Count == 0)
                    {
                        throw Error(fileNameForErrors, markup, i, "'|]' without a matching '[|'");
                    }

                    int start = anonymousStarts.Pop();
                    diagnostics.Add(new MarkupSpan(null, TextSpan.FromBounds(start, output.Length)));
                    i += 2;
                    continue;
                }

                if (At(markup, i, "|}"))
                {
                    int index = named.FindLastIndex(n => !explicitlyClosed.Contains(n.Name));
                    if (index < 0)
                    {
                        throw Error(fileNameForErrors, markup, i, "'|}' without a matching '{|name:'");
                    }

                    Close(named[index], output.Length, diagnostics, locations, fileNameForErrors, markup, i);
                    named.RemoveAt(index);
                    i += 2;
                    continue;
                }

                if (At(markup, i, "|#") && ExplicitClose.Match(markup, i) is { Success: true } close)
                {
                    string name = "#" + close.Groups["key"].Value;
                    int index = named.FindLastIndex(n => n.Name == name);
                    if (index < 0)
                    {
                        throw Error(fileNameForErrors, markup, i, $"'|{name}}}' without a matching '{{|{name}:'");
                    }

                    Close(named[index], output.Length, diagnostics, locations, fileNameForErrors, markup, i);
                    named.RemoveAt(index);
                    i += close.Length;
                    continue;
                }

                output.Append(markup[i]);
                i++;
            }

            if (anonymousStarts.Count > 0)
            {
                throw Error(fileNameForErrors, markup, markup.Length, "'[|' is never closed");
            }

            if (named.Count > 0)
            {
                throw Error(fileNameForErrors, markup, markup.Length, $"'{{|{named[named.Count - 1].Name}:' is never closed");
            }

            var ordered = diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End).ToImmutableArray();
            return new MarkupResult(output.ToString(), ordered, locations.ToImmutable());
        }

        private static void Close(
            (string Name, int Start) open,
            int end,
            ImmutableArray<MarkupSpan>.Builder diagnostics,
            ImmutableDictionary<int, TextSpan>.Builder locations,
            string? file,
            string markup,
            int position)
        {
            var span = TextSpan.FromBounds(open.Start, end);
            if (open.Name.StartsWith("#", StringComparison.Ordinal))
            {
                int key = int.Parse(open.Name.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture);
                if (locations.ContainsKey(key))
                {
                    throw Error(file, markup, position, $"markup location '{open.Name}' is declared twice");
                }

                locations.Add(key, span);
            }
            else
            {
                diagnostics.Add(new MarkupSpan(open.Name, span));
            }
        }

        private static bool At(string text, int index, string token)
            => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

        private static FormatException Error(string? file, string markup, int position, string problem)
        {
            int line = 1;
            for (int i = 0; i < position && i < markup.Length; i++)
            {
                if (markup[i] == '\n')
                {
                    line++;
                }
            }

            return new FormatException($"Invalid test markup in {file ?? "test source"} (markup line {line}): {problem}.");
        }
    }
}
