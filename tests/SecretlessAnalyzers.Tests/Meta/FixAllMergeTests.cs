using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.CodeFixes.Storage;
using SecretlessAnalyzers.Rules;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.Meta
{
    /// <summary>
    /// The one-pass merge of Fix All (<see cref="FixAllMerge"/>) with rewrites whose shape is chosen: rewrites that do
    /// not overlap are merged; a rewrite that overlaps one merged before it is applied afterwards, on the merged
    /// document, as the sequential fix-all applied it; a region that does not parse back to the rewritten tokens makes
    /// the merge give up (the fix-all then applies every rewrite one after another).
    /// </summary>
    public class FixAllMergeTests
    {
        private const string Source = """
            class C
            {
                void M()
                {
                    Use("one", "two");
                    Use("three", "");
                }

                static void Use(string a, string b) { }
            }
            """;

        [Fact]
        public async Task RewritesThatDoNotOverlap_AreMergedInOnePass_AsTheyWereAppliedOneAfterAnother()
        {
            var (text, calls) = await FixAllAsync(Source, new[] { "\"one\"", "\"three\"" }, RewriteWithStatementAfter);

            Assert.Equal("""
                class C
                {
                    void M()
                    {
                        Use("ONE", "two");
                        Use("one-done", "");
                        Use("THREE", "");
                        Use("three-done", "");
                    }

                    static void Use(string a, string b) { }
                }
                """, text);

            // One rewrite per finding: no finding needed a second, sequential application.
            Assert.Equal(2, calls);
        }

        [Fact]
        public async Task ARewriteThatOverlapsAnEarlierOne_IsAppliedAfterIt_OnTheMergedDocument()
        {
            // Both rewrites add a comment after the method's closing brace: the second waits and is applied to the
            // merged document, so the comments come in the order the sequential fix-all wrote them.
            var (text, calls) = await FixAllAsync(Source, new[] { "\"one\"", "\"three\"" }, RewriteWithCommentAfterTheBlock);

            Assert.Equal("""
                class C
                {
                    void M()
                    {
                        Use("ONE", "two");
                        Use("THREE", "");
                    } // one // three

                    static void Use(string a, string b) { }
                }
                """, text);

            // Two rewrites on the snapshot, then the waiting one once more on the merged document.
            Assert.Equal(3, calls);
        }

        [Fact]
        public async Task ARewriteWhoseNodeAnEarlierRewriteChanged_FallsBackToOneAfterAnother()
        {
            // Both rewrites replace the first statement, where both reported literals are: whether "two" survives the
            // first rewrite is for the sequential fix-all to find out, and it does (the first rewrite keeps it).
            var (text, calls) = await FixAllAsync(Source, new[] { "\"one\"", "\"two\"" }, RewriteWithStatementAfter);

            Assert.Equal("""
                class C
                {
                    void M()
                    {
                        Use("ONE", "TWO");
                        Use("two-done", "");
                        Use("one-done", "");
                        Use("three", "");
                    }

                    static void Use(string a, string b) { }
                }
                """, text);

            // Two rewrites on the snapshot; then the sequential fix-all: two checks and two rewrites.
            Assert.Equal(6, calls);
        }

        [Fact]
        public async Task ARegionThatDoesNotParseBackToItsTokens_StopsTheMerge()
        {
            var document = CodeFixHarness.SingleDocument("C.cs", Source, TestReferences.Framework);
            var root = (await document.GetSyntaxRootAsync())!;
            var literal = root.DescendantNodes().OfType<LiteralExpressionSyntax>().First();

            // "new" with no space before the type: the text reads back as the identifier "newFoo".
            var glued = SyntaxFactory.ObjectCreationExpression(
                SyntaxFactory.Token(SyntaxKind.NewKeyword), SyntaxFactory.IdentifierName("Foo"), SyntaxFactory.ArgumentList(), initializer: null);
            var rewritten = document.WithSyntaxRoot(root.ReplaceNode(literal, glued));
            var rewrite = new BatchRewrite(0, literal.Span, rewritten, new List<ISymbol>());

            Assert.Null(await FixAllMerge.MergeAsync(document, new[] { rewrite }, CancellationToken.None));
        }

        /// <summary>Upper-cases the reported literal and inserts <c>Use("value-done", "");</c> after its statement (so it replaces the statement).</summary>
        private static async Task<Document?> RewriteWithStatementAfter(Document document, TextSpan span, CancellationToken cancellationToken)
        {
            var root = (await document.GetSyntaxRootAsync(cancellationToken))!;
            if (root.FindNode(span, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || literal.FirstAncestorOrSelf<ExpressionStatementSyntax>() is not { } statement)
            {
                return null;
            }

            var value = literal.Token.ValueText;
            var done = SyntaxFactory.ParseStatement($"Use(\"{value}-done\", \"\");\n").WithLeadingTrivia(statement.GetLeadingTrivia());
            return document.WithSyntaxRoot(root.ReplaceNode(statement, new SyntaxNode[] { statement.ReplaceNode(literal, Upper(literal)), done }));
        }

        /// <summary>Upper-cases the reported literal and adds <c>// value</c> after the closing brace of its block.</summary>
        private static async Task<Document?> RewriteWithCommentAfterTheBlock(Document document, TextSpan span, CancellationToken cancellationToken)
        {
            var root = (await document.GetSyntaxRootAsync(cancellationToken))!;
            if (root.FindNode(span, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || literal.FirstAncestorOrSelf<BlockSyntax>() is not { } block)
            {
                return null;
            }

            var close = block.CloseBraceToken;
            var trailing = SyntaxFactory.TriviaList(close.TrailingTrivia.Where(t => !t.IsKind(SyntaxKind.EndOfLineTrivia)))
                .Add(SyntaxFactory.Space).Add(SyntaxFactory.Comment("// " + literal.Token.ValueText)).Add(SyntaxFactory.EndOfLine("\n"));
            return document.WithSyntaxRoot(root.ReplaceSyntax(
                new[] { literal }, (_, _) => Upper(literal),
                new[] { close }, (_, _) => close.WithTrailingTrivia(trailing),
                Array.Empty<SyntaxTrivia>(), (original, _) => original));
        }

        private static LiteralExpressionSyntax Upper(LiteralExpressionSyntax literal) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(literal.Token.ValueText.ToUpperInvariant())).WithTriviaFrom(literal);

        /// <summary>Fix All over diagnostics at <paramref name="reported"/> (texts in the source), with <paramref name="shape"/> as the rewrite.</summary>
        private static async Task<(string Text, int Calls)> FixAllAsync(string source, string[] reported, System.Func<Document, TextSpan, CancellationToken, Task<Document?>> shape)
        {
            var document = CodeFixHarness.SingleDocument("C.cs", source, TestReferences.Framework);
            var diagnostics = reported
                .Select(r => Diagnostic.Create(StorageAccountKeyAnalyzer.Rule, Location.Create("C.cs", new TextSpan(source.IndexOf(r, System.StringComparison.Ordinal), r.Length), default)))
                .ToImmutableArray();
            var calls = 0;
            SecretRewrite rewrite = (doc, span, properties, kind, cancellationToken) =>
            {
                Interlocked.Increment(ref calls);
                return shape(doc, span, cancellationToken);
            };

            var context = CodeFixHarness.DocumentScope(document, new StorageAccountKeyCodeFixProvider(), StorageAccountKeyAnalyzer.Rule.Id, diagnostics);

            // No shared credential field: these rewrites write no credential.
            var action = await SharedCredentialFixAllProvider.Create(rewrite, writesCredential: _ => false).GetFixAsync(context);
            return (await CodeFixHarness.FixedTextAsync(action!, document.Id), calls);
        }
    }
}
