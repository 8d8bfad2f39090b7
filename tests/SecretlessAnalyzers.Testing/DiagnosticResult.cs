using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SecretlessAnalyzers.Testing
{
    /// <summary>How a <see cref="DiagnosticLocation"/> is compared (a subset of roslyn-sdk's enum).</summary>
    [Flags]
    public enum DiagnosticLocationOptions
    {
        None = 0,

        /// <summary>Only the start is compared (what <c>WithLocation(line, column)</c> creates).</summary>
        IgnoreLength = 1,
    }

    /// <summary>One expected location: a file, a 0-based line/column span, and how to compare it.</summary>
    public readonly struct DiagnosticLocation
    {
        public DiagnosticLocation(FileLinePositionSpan span, DiagnosticLocationOptions options)
        {
            Span = span;
            Options = options;
            MarkupKey = null;
        }

        private DiagnosticLocation(int markupKey)
        {
            Span = default;
            Options = DiagnosticLocationOptions.None;
            MarkupKey = markupKey;
        }

        /// <summary>The span; an empty path means "the first source file".</summary>
        public FileLinePositionSpan Span { get; }

        public DiagnosticLocationOptions Options { get; }

        /// <summary>Set while the location still refers to a <c>{|#n:...|}</c> markup span.</summary>
        internal int? MarkupKey { get; }

        internal bool IgnoresLength => (Options & DiagnosticLocationOptions.IgnoreLength) != 0;

        internal static DiagnosticLocation ForMarkupKey(int markupKey) => new(markupKey);

        internal DiagnosticLocation WithPath(string path)
            => new(new FileLinePositionSpan(path, Span.Span), Options);
    }

    /// <summary>
    /// An expected diagnostic, built fluently like roslyn-sdk's <c>DiagnosticResult</c>:
    /// <c>Diagnostic("SL1001").WithSpan(3, 17, 3, 40).WithArguments("x")</c>.
    /// Immutable: every <c>With*</c> method returns a changed copy.
    /// </summary>
    public readonly struct DiagnosticResult
    {
        /// <summary>"Expect no diagnostics".</summary>
        public static readonly DiagnosticResult[] EmptyDiagnosticResults = Array.Empty<DiagnosticResult>();

        public DiagnosticResult(string id, DiagnosticSeverity severity)
            : this()
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Severity = severity;
            Spans = ImmutableArray<DiagnosticLocation>.Empty;
            SeverityIsExplicit = true;
        }

        public DiagnosticResult(DiagnosticDescriptor descriptor)
            : this()
        {
            if (descriptor is null)
            {
                throw new ArgumentNullException(nameof(descriptor));
            }

            Id = descriptor.Id;
            Severity = descriptor.DefaultSeverity;
            MessageFormat = descriptor.MessageFormat;
            Spans = ImmutableArray<DiagnosticLocation>.Empty;
        }

        public string Id { get; private init; }

        /// <summary>The expected severity, or null when severity is not compared (markup diagnostics).</summary>
        public DiagnosticSeverity? Severity { get; private init; }

        /// <summary>The message format of the descriptor, used by <see cref="WithArguments"/>.</summary>
        public LocalizableString? MessageFormat { get; private init; }

        public object?[]? MessageArguments { get; private init; }

        /// <summary>The first entry is the primary location, the rest are additional locations.</summary>
        public ImmutableArray<DiagnosticLocation> Spans { get; private init; }

        public bool HasLocation => !Spans.IsDefaultOrEmpty;

        /// <summary>
        /// The expected message: the literal from <see cref="WithMessage"/>, or the descriptor's format filled with
        /// <see cref="WithArguments"/>; null when the message is not compared.
        /// </summary>
        public string? Message
        {
            get
            {
                if (LiteralMessage is not null)
                {
                    return LiteralMessage;
                }

                if (MessageArguments is null || MessageFormat is null)
                {
                    return null;
                }

                // Diagnostic.GetMessage(null) formats with a null provider too, so both sides agree on numbers.
                return string.Format((IFormatProvider?)null, MessageFormat.ToString(), MessageArguments);
            }
        }

        private string? LiteralMessage { get; init; }

        private bool SeverityIsExplicit { get; init; }

        /// <summary>True for expectations created from <c>[| |]</c> / <c>{|ID: |}</c> markup: only ID and span count.</summary>
        internal bool IsFromMarkup { get; private init; }

        internal bool HasUnresolvedMarkupLocations => HasLocation && Spans.Any(s => s.MarkupKey is not null);

        public static DiagnosticResult CompilerError(string identifier) => new(identifier, DiagnosticSeverity.Error);

        public static DiagnosticResult CompilerWarning(string identifier) => new(identifier, DiagnosticSeverity.Warning);

        /// <summary>Refers to the span marked <c>{|#n:...|}</c> in the test sources or additional files.</summary>
        public DiagnosticResult WithLocation(int markupKey)
            => AppendSpan(DiagnosticLocation.ForMarkupKey(markupKey));

        /// <summary>1-based line and column in the first source file; only the start is compared.</summary>
        public DiagnosticResult WithLocation(int line, int column) => WithLocation(string.Empty, line, column);

        /// <summary>1-based line and column in <paramref name="path"/>; only the start is compared.</summary>
        public DiagnosticResult WithLocation(string path, int line, int column)
        {
            var position = ToLinePosition(line, column);
            return AppendSpan(new DiagnosticLocation(
                new FileLinePositionSpan(path ?? string.Empty, position, position),
                DiagnosticLocationOptions.IgnoreLength));
        }

        /// <summary>1-based start and end in the first source file.</summary>
        public DiagnosticResult WithSpan(int startLine, int startColumn, int endLine, int endColumn)
            => WithSpan(string.Empty, startLine, startColumn, endLine, endColumn);

        /// <summary>1-based start and end in <paramref name="path"/>.</summary>
        public DiagnosticResult WithSpan(string path, int startLine, int startColumn, int endLine, int endColumn)
            => AppendSpan(new DiagnosticLocation(
                new FileLinePositionSpan(path ?? string.Empty, ToLinePosition(startLine, startColumn), ToLinePosition(endLine, endColumn)),
                DiagnosticLocationOptions.None));

        /// <summary>Adds a ready-made location (first call: primary, later calls: additional locations).</summary>
        public DiagnosticResult WithSpan(FileLinePositionSpan span)
            => AppendSpan(new DiagnosticLocation(span, DiagnosticLocationOptions.None));

        /// <summary>A diagnostic without a source location (compilation-level).</summary>
        public DiagnosticResult WithNoLocation() => this with { Spans = ImmutableArray<DiagnosticLocation>.Empty };

        public DiagnosticResult WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity, SeverityIsExplicit = true };

        /// <summary>Compares the message: the descriptor's message format filled with these arguments.</summary>
        public DiagnosticResult WithArguments(params object?[] arguments) => this with { MessageArguments = arguments ?? Array.Empty<object?>() };

        /// <summary>Compares the message with this literal text.</summary>
        public DiagnosticResult WithMessage(string? message) => this with { LiteralMessage = message };

        public DiagnosticResult WithMessageFormat(LocalizableString messageFormat) => this with { MessageFormat = messageFormat };

        internal DiagnosticResult WithDefaultPath(string path)
        {
            if (!HasLocation || Spans.All(s => s.MarkupKey is not null || s.Span.Path.Length > 0))
            {
                return this;
            }

            return this with
            {
                Spans = Spans.Select(s => s.MarkupKey is null && s.Span.Path.Length == 0 ? s.WithPath(path) : s).ToImmutableArray(),
            };
        }

        internal DiagnosticResult WithResolvedSpans(ImmutableArray<DiagnosticLocation> spans) => this with { Spans = spans };

        internal DiagnosticResult AsMarkupResult() => this with { IsFromMarkup = true, Severity = null, SeverityIsExplicit = false };

        internal static DiagnosticResult FromMarkup(string id, FileLinePositionSpan span)
            => new DiagnosticResult(id, DiagnosticSeverity.Warning).WithSpan(span).AsMarkupResult();

        /// <summary>Pasteable C#, such as <c>Diagnostic("SL1001").WithSpan(3, 17, 3, 40).WithArguments("x")</c>.</summary>
        public override string ToString() => ToString(defaultPath: null);

        /// <summary>
        /// The message to compare with <paramref name="actual"/>: without a descriptor of our own (compiler diagnostics),
        /// <see cref="WithArguments"/> fills the actual diagnostic's message format.
        /// </summary>
        internal string? MessageFor(Diagnostic actual)
        {
            if (Message is { } message)
            {
                return message;
            }

            return MessageArguments is null ? null : string.Format((IFormatProvider?)null, actual.Descriptor.MessageFormat.ToString(), MessageArguments);
        }

        /// <summary>As <see cref="ToString()"/>, leaving out <paramref name="defaultPath"/> (the first source file).</summary>
        internal string ToString(string? defaultPath)
        {
            var builder = new StringBuilder();
            if (Id is null)
            {
                return "default(DiagnosticResult)";
            }

            bool looksLikeCompiler = Id.StartsWith("CS", StringComparison.Ordinal) && Id.Skip(2).All(char.IsDigit);
            if (looksLikeCompiler && Severity == DiagnosticSeverity.Error)
            {
                builder.Append("DiagnosticResult.CompilerError(").Append(Formatting.Literal(Id)).Append(')');
            }
            else if (looksLikeCompiler && Severity == DiagnosticSeverity.Warning)
            {
                builder.Append("DiagnosticResult.CompilerWarning(").Append(Formatting.Literal(Id)).Append(')');
            }
            else
            {
                builder.Append("Diagnostic(").Append(Formatting.Literal(Id)).Append(')');
                if (SeverityIsExplicit && Severity is { } severity)
                {
                    builder.Append(".WithSeverity(DiagnosticSeverity.").Append(severity).Append(')');
                }
            }

            foreach (var span in Spans.IsDefault ? ImmutableArray<DiagnosticLocation>.Empty : Spans)
            {
                if (span.MarkupKey is { } key)
                {
                    builder.Append(".WithLocation(").Append(key.ToString(CultureInfo.InvariantCulture)).Append(')');
                    continue;
                }

                builder.Append(Formatting.SpanCall(span.Span, span.IgnoresLength, defaultPath));
            }

            if (LiteralMessage is not null)
            {
                builder.Append(".WithMessage(").Append(Formatting.Literal(LiteralMessage)).Append(')');
            }
            else if (MessageArguments is not null)
            {
                builder.Append(".WithArguments(").Append(string.Join(", ", MessageArguments.Select(Formatting.Literal))).Append(')');
            }

            return builder.ToString();
        }

        private DiagnosticResult AppendSpan(DiagnosticLocation location)
            => this with { Spans = (Spans.IsDefault ? ImmutableArray<DiagnosticLocation>.Empty : Spans).Add(location) };

        private static LinePosition ToLinePosition(int line, int column)
        {
            if (line < 1 || column < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(line), $"Lines and columns are 1-based; got ({line}, {column}).");
            }

            return new LinePosition(line - 1, column - 1);
        }
    }
}
