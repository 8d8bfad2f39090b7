using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
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
            document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
