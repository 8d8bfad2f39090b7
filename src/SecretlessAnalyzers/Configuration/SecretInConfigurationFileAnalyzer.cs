using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Configuration
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

        /// <summary>The secrets of one configuration file, with their settings; empty for any other file.</summary>
        public static IEnumerable<(ConfigurationValue Setting, ValueSecret Secret)> FindSecrets(AdditionalText file, CancellationToken cancellationToken)
        {
            var kind = ConfigurationFiles.KindOf(file.Path);
            var text = kind == ConfigurationFileKind.None ? null : file.GetText(cancellationToken);
            if (text is null)
            {
                yield break;
            }

            var values = kind == ConfigurationFileKind.Json ? JsonConfigurationReader.Read(text.ToString()) : XmlConfigurationReader.Read(text);
            foreach (var value in values)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (ValueSecretDetectors.Detect(value.Value, value.Key) is { } secret)
                {
                    yield return (value, secret);
                }
            }
        }

        private static void AnalyzeFile(AdditionalFileAnalysisContext context)
        {
            SourceText? text = null;
            foreach (var (setting, secret) in FindSecrets(context.AdditionalFile, context.CancellationToken))
            {
                text ??= context.AdditionalFile.GetText(context.CancellationToken)!;
                var location = Location.Create(context.AdditionalFile.Path, setting.Span, text.Lines.GetLinePositionSpan(setting.Span));
                var properties = ImmutableDictionary.CreateRange(new[]
                {
                    new KeyValuePair<string, string?>(DiagnosticProperties.SecretKind, secret.Kind),
                    new KeyValuePair<string, string?>(DiagnosticProperties.Service, secret.Service),
                    new KeyValuePair<string, string?>(DiagnosticProperties.Resource, secret.Resource),
                    new KeyValuePair<string, string?>(DiagnosticProperties.Role, secret.Role),
                    new KeyValuePair<string, string?>(DiagnosticProperties.ConfigurationKey, setting.Key),
                });
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    location,
                    properties,
                    secret.Kind,
                    setting.Key,
                    Path.GetFileName(context.AdditionalFile.Path),
                    SecretRedaction.Redact(secret.Secret),
                    secret.Role));
            }
        }
    }
}
