using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Options;
using Microsoft.CodeAnalysis.Simplification;

namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>
    /// Adds the usings a fix needs, shortens the names it wrote fully qualified and formats what it inserted. Run
    /// explicitly so a fix-all and every host (IDE, dotnet format) give the same text.
    /// </summary>
    public static class FixCleanup
    {
        public static async Task<Document> RunAsync(Document document, CancellationToken cancellationToken)
        {
            if (RewritePass.IsCheckOnly || RewritePass.IsDeferred)
            {
                return document;
            }

            // New usings and lines follow the file's own line endings, not the host's default (CRLF).
            OptionSet options = await document.GetOptionsAsync(cancellationToken).ConfigureAwait(false);
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            string? newLine = LineEndingOf(text.ToString());
            if (newLine is not null)
            {
                options = options.WithChangedOption(FormattingOptions.NewLine, LanguageNames.CSharp, newLine);
            }

            document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, options, cancellationToken).ConfigureAwait(false);
            document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, options, cancellationToken).ConfigureAwait(false);
            return await Formatter.FormatAsync(document, Formatter.Annotation, options, cancellationToken).ConfigureAwait(false);
        }

        private static string? LineEndingOf(string text)
        {
            int lineFeed = text.IndexOf('\n');
            return lineFeed < 0 ? null : lineFeed > 0 && text[lineFeed - 1] == '\r' ? "\r\n" : "\n";
        }
    }
}
