using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Identity;

namespace SecretlessAnalyzers.Rules
{
    /// <summary>
    /// SL2002 (off by default): <c>new DefaultAzureCredential()</c> in code that runs in production. The chain can
    /// fall through to another credential than the managed identity (a developer's CLI sign-in left on a VM, an
    /// environment variable), so Microsoft advises a deterministic credential in production. Not reported in test
    /// projects, in branches taken only in Development (or outside Production), nor in <c>#if DEBUG</c> blocks.
    /// </summary>
    [DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
    public sealed class DefaultAzureCredentialInProductionAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            DiagnosticIds.DefaultAzureCredentialInProduction,
            title: "DefaultAzureCredential in production code",
            messageFormat: "DefaultAzureCredential is created in code that also runs in production, where its chain can fall through to another identity; use ManagedIdentityCredential, or select the credential with the AZURE_TOKEN_CREDENTIALS environment variable",
            category: DiagnosticCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: false,
            description: "DefaultAzureCredential tries several credentials in turn and uses the first that answers. In production that can be "
                + "another identity than the managed identity you granted roles to. Use ManagedIdentityCredential there, or "
                + "new DefaultAzureCredential(DefaultAzureCredential.DefaultEnvironmentVariableName) with AZURE_TOKEN_CREDENTIALS set per environment.",
            helpLinkUri: HelpLinks.ForRule(DiagnosticIds.DefaultAzureCredentialInProduction),
            customTags: new[] { "Security" });

        private static readonly string[] TypeNames = { "DefaultAzureCredential" };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // Generated code is not the developer's to change, and a credential choice there is not a leaked secret.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                if (SecretlessOptions.IsTestProject(start.Compilation))
                {
                    return;
                }

                var compilation = start.Compilation;
                var identity = new Lazy<AzureIdentitySymbols>(() => new AzureIdentitySymbols(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
                start.RegisterSemanticModelAction(context => AnalyzeDocument(context, identity));
            });
        }

        private static void AnalyzeDocument(SemanticModelAnalysisContext context, Lazy<AzureIdentitySymbols> identity)
        {
            var tree = context.SemanticModel.SyntaxTree;
            var text = tree.GetText(context.CancellationToken).ToString();
            var root = tree.GetRoot(context.CancellationToken);
            TextScan.ForEachCreation(root, text, TypeNames, creation => AnalyzeCreation(context, creation, identity), context.CancellationToken);
        }

        /// <summary><c>new DefaultAzureCredential(...)</c>, or <c>DefaultAzureCredential c = new(...)</c>.</summary>
        private static void AnalyzeCreation(SemanticModelAnalysisContext context, BaseObjectCreationExpressionSyntax creation, Lazy<AzureIdentitySymbols> identity)
        {
            if (context.SemanticModel.GetSymbolInfo(creation, context.CancellationToken).Symbol is not IMethodSymbol constructor
                || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, identity.Value.DefaultAzureCredential))
            {
                return;
            }

            // new DefaultAzureCredential("AZURE_TOKEN_CREDENTIALS", ...) is already selected by the environment.
            if (constructor.Parameters.Length > 0 && constructor.Parameters[0].Type.SpecialType == SpecialType.System_String)
            {
                return;
            }

            if (DevelopmentOnlyCode.Contains(creation))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                creation.GetLocation(),
                BaselineFingerprint.With(ImmutableDictionary<string, string?>.Empty, context.Options, Rule.Id, creation.GetLocation(), value: null, member: null, context.CancellationToken)));
        }
    }
}
