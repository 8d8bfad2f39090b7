using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Rules;
using Xunit;

namespace SecretlessAnalyzers.Tests.Meta
{
    /// <summary>
    /// The credential fixes register their actions from a check-only pass of the rewrite and compute the full rewrite
    /// (clean-up, compile check) only when an action is invoked; no action where no rewrite exists.
    /// </summary>
    public class CodeActionRegistrationTests
    {
        [Fact]
        public async Task Registration_OnlyChecks_AndInvocationRewrites()
        {
            var (document, diagnostic) = await DocumentWithDiagnosticAsync(ImmutableDictionary<string, string?>.Empty);
            var passes = new List<bool>();
            SecretRewrite rewrite = (doc, span, properties, kind, cancellationToken) =>
            {
                passes.Add(RewritePass.IsCheckOnly);
                return Task.FromResult<Document?>(doc.WithText(SourceText.From("// " + kind)));
            };

            var actions = await RegisterAsync(document, diagnostic, rewrite);

            Assert.Equal(2, actions.Count);
            Assert.Equal(new[] { true, true }, passes);
            Assert.False(RewritePass.IsCheckOnly);

            var operations = await actions[1].GetOperationsAsync(CancellationToken.None);

            Assert.Equal(new[] { true, true, false }, passes);
            var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
            Assert.StartsWith("// ", (await changed.GetTextAsync()).ToString());
        }

        [Fact]
        public async Task NoRewrite_NoAction()
        {
            var (document, diagnostic) = await DocumentWithDiagnosticAsync(ImmutableDictionary<string, string?>.Empty);

            var actions = await RegisterAsync(document, diagnostic, (doc, span, properties, kind, cancellationToken) => Task.FromResult<Document?>(null));

            Assert.Empty(actions);
        }

        [Fact]
        public async Task FixBlocker_NoAction_AndNoRewriteAttempted()
        {
            var (document, diagnostic) = await DocumentWithDiagnosticAsync(
                ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.FixBlocker, FixBlockers.EndpointUnknown));
            var calls = 0;

            var actions = await RegisterAsync(document, diagnostic, (doc, span, properties, kind, cancellationToken) =>
            {
                calls++;
                return Task.FromResult<Document?>(doc);
            });

            Assert.Empty(actions);
            Assert.Equal(0, calls);
        }

        private static async Task<List<CodeAction>> RegisterAsync(Document document, Diagnostic diagnostic, SecretRewrite rewrite)
        {
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            await CredentialCodeFixes.RegisterAsync(context, rewrite);
            return actions;
        }

        private static async Task<(Document Document, Diagnostic Diagnostic)> DocumentWithDiagnosticAsync(ImmutableDictionary<string, string?> properties)
        {
            var workspace = new AdhocWorkspace();
            var document = workspace.AddProject("P", LanguageNames.CSharp).AddDocument("A.cs", "class C { string s = \"value\"; }");
            var root = await document.GetSyntaxRootAsync();
            var literal = root!.DescendantNodes().OfType<LiteralExpressionSyntax>().Single();
            return (document, Diagnostic.Create(StorageAccountKeyAnalyzer.Rule, literal.GetLocation(), properties));
        }
    }
}
