using System.Composition;
using SecretlessAnalyzers.CodeFixes.Common;

namespace SecretlessAnalyzers.CodeFixes.Carriers
{
    /// <summary>
    /// SL1011 (a secret-named literal, which has no rewrite of its own) on a parameter default that no caller relies on:
    /// <see cref="UnusedSecretDefault"/> removes it. The families' own providers offer the same removal for their rules.
    /// Fix All ignores the equivalence key: <c>dotnet format</c> takes the key from the first finding of the rule, which
    /// is seldom a default value.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnusedSecretDefaultCodeFixProvider)), Shared]
    public sealed class UnusedSecretDefaultCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SecretNamedLiteral);

        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create((context, document, diagnostics) => UnusedSecretDefault.FixAllAsync(document, diagnostics, context.CancellationToken));

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                await UnusedSecretDefault.RegisterAsync(context, diagnostic).ConfigureAwait(false);
            }
        }
    }
}
