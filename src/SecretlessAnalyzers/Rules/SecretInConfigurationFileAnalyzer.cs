using System.IO;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Configuration;

namespace SecretlessAnalyzers.Rules
{
    /// <summary>
    /// SL1020: a secret in appsettings*.json, local.settings.json, launchSettings.json, web.config, app.config or a
    /// Web.*.config transform, at the exact line and column of the value. The package's build targets add these files
    /// as AdditionalFiles, so every build and the IDE see them.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SecretInConfigurationFileAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            DiagnosticIds.SecretInConfigurationFile,
            title: "Secret in a configuration file",
            messageFormat: "{0} in configuration setting '{1}' of {2} as {3}; authenticate with a managed identity granted '{4}' and keep only the endpoint in configuration",
            category: DiagnosticCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Configuration files are committed, copied into build output and deployment packages, and shared between developers. "
                + "A key in them leaks like a key in code. Use a managed identity, or a Key Vault reference for secrets that must stay.",
            helpLinkUri: HelpLinks.ForRule(DiagnosticIds.SecretInConfigurationFile),
            customTags: new[] { "Security", "Secret" });

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterAdditionalFileAction(AnalyzeFile);
        }

        private static void AnalyzeFile(AdditionalFileAnalysisContext context)
        {
            SourceText? text = null;
            foreach (var (setting, secret) in ConfiguredSecrets.InFile(context.AdditionalFile, context.CancellationToken))
            {
                text ??= context.AdditionalFile.GetText(context.CancellationToken)!;
                var location = Location.Create(context.AdditionalFile.Path, setting.Span, text.Lines.GetLinePositionSpan(setting.Span));
                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties[DiagnosticProperties.SecretKind] = secret.Kind;
                DiagnosticProperties.AddService(properties, secret.Service);
                properties[DiagnosticProperties.Resource] = secret.Resource;
                properties[DiagnosticProperties.Role] = secret.Role;
                properties[DiagnosticProperties.ConfigurationKey] = setting.Key;
                context.ReportDiagnostic(LocalDevelopmentSecrets.Adjust(
                    Diagnostic.Create(
                        Rule,
                        location,
                        BaselineFingerprint.With(properties.ToImmutable(), context.Options, Rule.Id, location, secret.Secret, setting.Key, context.CancellationToken),
                        secret.Kind,
                        setting.Key,
                        Path.GetFileName(context.AdditionalFile.Path),
                        SecretRedaction.Redact(secret.Secret),
                        secret.Role),
                    isTestProject: false));
            }
        }
    }
}
