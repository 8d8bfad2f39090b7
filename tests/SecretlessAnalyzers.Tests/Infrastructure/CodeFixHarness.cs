using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SecretlessAnalyzers.CodeFixes.Common;

namespace SecretlessAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// The plumbing of the tests (and the benchmark, which links this file) that call a code fix or a fix-all provider
    /// directly instead of through roslyn-sdk: a one-document project, the findings of one analyzer, a document-scope
    /// <see cref="FixAllContext"/> over findings given in advance, and the solution a code action changes to. Only
    /// Roslyn and the code-fix project here (no test framework), so that the benchmark can compile it too.
    /// </summary>
    public static class CodeFixHarness
    {
        /// <summary>A C# class-library project named "P" in a new <see cref="AdhocWorkspace"/>, holding one document.</summary>
        public static Document SingleDocument(string fileName, string source, IEnumerable<MetadataReference> references)
        {
            var projectId = ProjectId.CreateNewId();
            var documentId = DocumentId.CreateNewId(projectId);
            return new AdhocWorkspace().CurrentSolution
                .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "P", "P", LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                    metadataReferences: references))
                .AddDocument(documentId, fileName, SourceText.From(source))
                .GetDocument(documentId)!;
        }

        /// <summary>What <paramref name="analyzer"/> reports on the compilation of <paramref name="project"/>, with id <paramref name="id"/> (any id when null).</summary>
        public static async Task<ImmutableArray<Diagnostic>> AnalyzerDiagnosticsAsync(Project project, DiagnosticAnalyzer analyzer, string? id = null)
        {
            var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
            var all = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
            return id is null ? all : all.Where(d => d.Id == id).ToImmutableArray();
        }

        /// <summary>
        /// Fix All in document scope over <paramref name="diagnostics"/>, for the DefaultAzureCredential action (the
        /// equivalence key the providers give it).
        /// </summary>
        public static FixAllContext DocumentScope(Document document, CodeFixProvider provider, string diagnosticId, ImmutableArray<Diagnostic> diagnostics) =>
            new FixAllContext(
                document, provider, FixAllScope.Document, CredentialActions.EquivalenceKey(CredentialKind.DefaultAzureCredential),
                new[] { diagnosticId }, new FixedDiagnostics(diagnostics), CancellationToken.None);

        /// <summary>The solution the one <see cref="ApplyChangesOperation"/> of <paramref name="action"/> leads to.</summary>
        public static async Task<Solution> ChangedSolutionAsync(CodeAction action)
        {
            var operations = await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
            return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        }

        /// <summary>The text of <paramref name="documentId"/> once <paramref name="action"/> is applied.</summary>
        public static async Task<string> FixedTextAsync(CodeAction action, DocumentId documentId)
        {
            var solution = await ChangedSolutionAsync(action).ConfigureAwait(false);
            return (await solution.GetDocument(documentId)!.GetTextAsync().ConfigureAwait(false)).ToString();
        }

        /// <summary>Findings given in advance: the document's (and the fix-all's) findings, none at project level.</summary>
        public sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
        {
            private readonly ImmutableArray<Diagnostic> _diagnostics;

            public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

            public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(ImmutableArray<Diagnostic>.Empty);

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);
        }
    }
}
