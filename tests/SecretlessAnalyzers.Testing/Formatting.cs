using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SecretlessAnalyzers.Testing
{
    /// <summary>The texts of a test state by path, so failures can quote the line a diagnostic points at.</summary>
    internal sealed class SourceLookup
    {
        private readonly Dictionary<string, SourceText> _texts = new(StringComparer.Ordinal);

        public SourceLookup(string defaultPath) => DefaultPath = defaultPath;

        /// <summary>The first source file: expectations without a path refer to it, and it is not printed.</summary>
        public string DefaultPath { get; }

        public void Add(string path, string text) => _texts[path] = SourceText.From(text);

        public SourceText? Get(string? path) => path is not null && _texts.TryGetValue(path, out var text) ? text : null;
    }

    /// <summary>Turns expectations, diagnostics and texts into the readable, pasteable pieces of failure messages.</summary>
    internal static class Formatting
    {
        private const string Indent = "    ";

        // Diagnostic.Arguments is internal; roslyn-sdk reads it the same way to print WithArguments(...).
        private static readonly PropertyInfo? s_argumentsProperty =
            typeof(Diagnostic).GetProperty("Arguments", BindingFlags.Instance | BindingFlags.NonPublic);

        public static string Literal(object? value)
        {
            switch (value)
            {
                case null:
                    return "null";
                case string s:
                    return StringLiteral(s);
                case char c:
                    return "'" + (c == '\'' ? "\\'" : Escape(c.ToString(), '\'')) + "'";
                case bool b:
                    return b ? "true" : "false";
                case int or short or byte or sbyte or ushort:
                    return Convert.ToString(value, CultureInfo.InvariantCulture)!;
                case long l:
                    return l.ToString(CultureInfo.InvariantCulture) + "L";
                case uint u:
                    return u.ToString(CultureInfo.InvariantCulture) + "U";
                case ulong ul:
                    return ul.ToString(CultureInfo.InvariantCulture) + "UL";
                case double d:
                    return d.ToString("R", CultureInfo.InvariantCulture) + "D";
                case float f:
                    return f.ToString("R", CultureInfo.InvariantCulture) + "F";
                case decimal m:
                    return m.ToString(CultureInfo.InvariantCulture) + "M";
                default:
                    // Symbols and other objects appear in messages through ToString(), so a string compares the same.
                    return StringLiteral(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
            }
        }

        public static string StringLiteral(string s) => "\"" + Escape(s, '"') + "\"";

        /// <summary><c>.WithSpan(...)</c> or <c>.WithLocation(...)</c>, with the path unless it is the default file.</summary>
        public static string SpanCall(FileLinePositionSpan span, bool ignoreLength, string? defaultPath)
        {
            var start = span.StartLinePosition;
            var end = span.EndLinePosition;
            string path = string.IsNullOrEmpty(span.Path) || span.Path == defaultPath ? string.Empty : StringLiteral(span.Path) + ", ";
            return ignoreLength
                ? $".WithLocation({path}{start.Line + 1}, {start.Character + 1})"
                : $".WithSpan({path}{start.Line + 1}, {start.Character + 1}, {end.Line + 1}, {end.Character + 1})";
        }

        /// <summary>An actual diagnostic written as the expectation that would match it.</summary>
        public static string ToExpectation(Diagnostic diagnostic, string? defaultPath, bool isAnalyzerDiagnostic)
        {
            var builder = new StringBuilder();
            if (isAnalyzerDiagnostic)
            {
                builder.Append("Diagnostic(").Append(StringLiteral(diagnostic.Id)).Append(')');
                if (diagnostic.Severity != diagnostic.Descriptor.DefaultSeverity)
                {
                    builder.Append(".WithSeverity(DiagnosticSeverity.").Append(diagnostic.Severity).Append(')');
                }
            }
            else
            {
                builder.Append(diagnostic.Severity switch
                {
                    DiagnosticSeverity.Error => $"DiagnosticResult.CompilerError({StringLiteral(diagnostic.Id)})",
                    DiagnosticSeverity.Warning => $"DiagnosticResult.CompilerWarning({StringLiteral(diagnostic.Id)})",
                    _ => $"new DiagnosticResult({StringLiteral(diagnostic.Id)}, DiagnosticSeverity.{diagnostic.Severity})",
                });
            }

            if (!HasLocation(diagnostic.Location))
            {
                builder.Append(".WithNoLocation()");
            }
            else
            {
                builder.Append(SpanCall(diagnostic.Location.GetLineSpan(), ignoreLength: false, defaultPath));
                foreach (var additional in diagnostic.AdditionalLocations.Where(HasLocation))
                {
                    builder.Append(SpanCall(additional.GetLineSpan(), ignoreLength: false, defaultPath));
                }
            }

            if (GetArguments(diagnostic) is { Count: > 0 } arguments)
            {
                builder.Append(".WithArguments(").Append(string.Join(", ", arguments.Select(Literal))).Append(')');
            }

            return builder.ToString();
        }

        /// <summary>A comment with the compiler-style line, the expectation, and the quoted source line.</summary>
        public static string DescribeActual(Diagnostic diagnostic, SourceLookup files, bool isAnalyzerDiagnostic, string indent = Indent)
        {
            var builder = new StringBuilder();
            builder.Append(indent).Append("// ").Append(CompilerStyle(diagnostic)).AppendLine();
            builder.Append(indent).Append(ToExpectation(diagnostic, files.DefaultPath, isAnalyzerDiagnostic)).AppendLine(",");
            if (HasLocation(diagnostic.Location))
            {
                AppendQuote(builder, files, diagnostic.Location.GetLineSpan(), indent + Indent);
            }

            return builder.ToString();
        }

        public static string CompilerStyle(Diagnostic diagnostic)
        {
            string where = string.Empty;
            if (HasLocation(diagnostic.Location))
            {
                var span = diagnostic.Location.GetLineSpan();
                where = $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1},{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): ";
            }

            string message;
            try
            {
                message = diagnostic.GetMessage();
            }
            catch (FormatException e)
            {
                message = $"<message format failed: {e.Message}>";
            }

            return $"{where}{diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {message}";
        }

        /// <summary>Appends the line at <paramref name="span"/> with <c>^^^</c> under the span.</summary>
        public static void AppendQuote(StringBuilder builder, SourceLookup files, FileLinePositionSpan span, string indent)
        {
            var text = files.Get(string.IsNullOrEmpty(span.Path) ? files.DefaultPath : span.Path);
            int lineNumber = span.StartLinePosition.Line;
            if (text is null || lineNumber < 0 || lineNumber >= text.Lines.Count)
            {
                return;
            }

            string line = text.Lines[lineNumber].ToString();
            int start = Math.Min(span.StartLinePosition.Character, line.Length);
            int end = span.EndLinePosition.Line == lineNumber ? Math.Min(Math.Max(span.EndLinePosition.Character, start), line.Length) : line.Length;

            // Keep tabs in the padding so the carets line up with the quoted line.
            var padding = new string(line.Take(start).Select(c => c == '\t' ? '\t' : ' ').ToArray());
            string carets = new string('^', Math.Max(1, end - start));
            string more = span.EndLinePosition.Line > lineNumber ? $" (continues to line {span.EndLinePosition.Line + 1})" : string.Empty;
            builder.Append(indent).Append(line.TrimEnd('\r')).AppendLine();
            builder.Append(indent).Append(padding).Append(carets).Append(more).AppendLine();
        }

        public static bool HasLocation(Location location)
            => location.Kind is LocationKind.SourceFile or LocationKind.ExternalFile && location.GetLineSpan().IsValid;

        public static IReadOnlyList<object?>? GetArguments(Diagnostic diagnostic)
        {
            try
            {
                return s_argumentsProperty?.GetValue(diagnostic) as IReadOnlyList<object?>;
            }
            catch (TargetInvocationException)
            {
                return null;
            }
        }

        /// <summary>The lines of <paramref name="text"/> with 1-based numbers, for failure messages.</summary>
        public static string Numbered(string text)
        {
            var builder = new StringBuilder();
            var lines = NormalizeNewLines(text).Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                builder.Append(Indent).Append((i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(4)).Append(": ").Append(lines[i]).AppendLine();
            }

            return builder.ToString();
        }

        public static string NormalizeNewLines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

        private static string Escape(string s, char quote)
        {
            var builder = new StringBuilder(s.Length);
            foreach (char c in s)
            {
                switch (c)
                {
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\0': builder.Append("\\0"); break;
                    default:
                        if (c == quote)
                        {
                            builder.Append('\\').Append(c);
                        }
                        else if (char.IsControl(c))
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.ToString();
        }
    }

    /// <summary>A small line diff (longest common subsequence) for "fixed text differs" failures.</summary>
    internal static class TextDiff
    {
        public static string Describe(string expected, string actual)
        {
            var a = Formatting.NormalizeNewLines(expected).Split('\n');
            var b = Formatting.NormalizeNewLines(actual).Split('\n');
            var builder = new StringBuilder();
            builder.AppendLine("    Diff ('-' expected, '+' actual):");

            // Long files: skip the table and print both texts; tests rarely get here.
            if ((long)a.Length * b.Length > 4_000_000)
            {
                builder.AppendLine("    Expected:").Append(Formatting.Numbered(expected)).AppendLine("    Actual:").Append(Formatting.Numbered(actual));
                return builder.ToString();
            }

            var lcs = new int[a.Length + 1, b.Length + 1];
            for (int i = a.Length - 1; i >= 0; i--)
            {
                for (int j = b.Length - 1; j >= 0; j--)
                {
                    lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
                }
            }

            int x = 0, y = 0;
            while (x < a.Length || y < b.Length)
            {
                if (x < a.Length && y < b.Length && a[x] == b[y])
                {
                    builder.Append("      ").AppendLine(Visible(a[x]));
                    x++;
                    y++;
                }
                else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
                {
                    builder.Append("    - ").AppendLine(Visible(a[x]));
                    x++;
                }
                else
                {
                    builder.Append("    + ").AppendLine(Visible(b[y]));
                    y++;
                }
            }

            return builder.ToString();
        }

        // Trailing whitespace is a common, invisible cause of mismatches: show it.
        private static string Visible(string line)
        {
            int trimmed = line.TrimEnd(' ', '\t').Length;
            return trimmed == line.Length ? line : line.Substring(0, trimmed) + line.Substring(trimmed).Replace(" ", "·", StringComparison.Ordinal).Replace("\t", "→", StringComparison.Ordinal);
        }
    }
}
