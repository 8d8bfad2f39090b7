using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretlessAnalyzers.Common
{
    /// <summary>How the rules treat test projects (<c>secretless.scan_test_projects</c>).</summary>
    public enum TestProjectScanning
    {
        /// <summary>Unset: the certain rules scan test projects, the heuristic rule (SL1011) skips them.</summary>
        Default,

        /// <summary><c>true</c>: every rule scans test projects.</summary>
        All,

        /// <summary><c>false</c>: no rule of the credential and token families scans test projects.</summary>
        None,
    }

    /// <summary>
    /// The <c>secretless.*</c> options of one syntax tree, read from <c>.editorconfig</c> / global config and parsed
    /// once per distinct options object (Roslyn shares one object between trees with the same configuration).
    /// </summary>
    public sealed class SecretlessOptions
    {
        public const string SecretWordsKey = "secretless.secret_words";
        public const string MinEntropyKey = "secretless.min_entropy";
        public const string ScanTestProjectsKey = "secretless.scan_test_projects";

        /// <summary><c>default_azure_credential</c> (the default) or <c>managed_identity</c>: the credential the fixes write first.</summary>
        public const string CredentialKey = "secretless.credential";

        /// <summary>The default minimum Shannon entropy (bits per character) of a value named like a secret.</summary>
        public const double DefaultMinEntropy = 3.0;

        /// <summary>Name fragments that mark a symbol or key as holding a secret (lower case, no separators).</summary>
        public static readonly ImmutableArray<string> DefaultSecretWords = ImmutableArray.Create(
            "password", "passwd", "pwd", "passphrase", "secret", "apikey", "accesskey", "accountkey", "subscriptionkey",
            "privatekey", "token", "credential", "connectionstring", "sas");

        private static readonly ConditionalWeakTable<AnalyzerConfigOptions, SecretlessOptions> Cache =
            new ConditionalWeakTable<AnalyzerConfigOptions, SecretlessOptions>();

        public static readonly SecretlessOptions Defaults =
            new SecretlessOptions(DefaultSecretWords, DefaultMinEntropy, TestProjectScanning.Default);

        private SecretlessOptions(ImmutableArray<string> secretWords, double minEntropy, TestProjectScanning scanTestProjects, string preferredCredential = DefaultAzureCredential)
        {
            SecretWords = secretWords;
            MinEntropy = minEntropy;
            ScanTestProjects = scanTestProjects;
            PreferredCredential = preferredCredential;
        }

        public const string DefaultAzureCredential = "DefaultAzureCredential";
        public const string ManagedIdentityCredential = "ManagedIdentityCredential";

        /// <summary>The credential type the first code action (the one <c>dotnet format</c> applies) writes.</summary>
        public string PreferredCredential { get; }

        public ImmutableArray<string> SecretWords { get; }

        public double MinEntropy { get; }

        public TestProjectScanning ScanTestProjects { get; }

        public static SecretlessOptions For(AnalyzerOptions options, SyntaxTree tree) =>
            Cache.GetValue(options.AnalyzerConfigOptionsProvider.GetOptions(tree), Parse);

        /// <summary>Whether a rule runs in a test project: <paramref name="heuristic"/> rules skip them by default.</summary>
        public bool Scans(bool isTestProject, bool heuristic) =>
            !isTestProject
            || ScanTestProjects == TestProjectScanning.All
            || (ScanTestProjects == TestProjectScanning.Default && !heuristic);

        private static SecretlessOptions Parse(AnalyzerConfigOptions options)
        {
            var words = DefaultSecretWords;
            if (options.TryGetValue(SecretWordsKey, out var configuredWords))
            {
                var builder = ImmutableArray.CreateBuilder<string>();
                foreach (var part in configuredWords.Split(new[] { ',', ' ', ';' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    var word = Normalize(part);
                    if (word.Length > 0)
                    {
                        builder.Add(word);
                    }
                }

                if (builder.Count > 0)
                {
                    words = builder.ToImmutable();
                }
            }

            var minEntropy = DefaultMinEntropy;
            if (options.TryGetValue(MinEntropyKey, out var configuredEntropy)
                && double.TryParse(configuredEntropy.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var entropy)
                && entropy >= 0 && entropy <= 8)
            {
                minEntropy = entropy;
            }

            var scan = TestProjectScanning.Default;
            if (options.TryGetValue(ScanTestProjectsKey, out var configuredScan))
            {
                var value = configuredScan.Trim();
                scan = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? TestProjectScanning.All
                    : string.Equals(value, "false", StringComparison.OrdinalIgnoreCase) ? TestProjectScanning.None
                    : TestProjectScanning.Default;
            }

            var credential = options.TryGetValue(CredentialKey, out var configuredCredential)
                && (string.Equals(configuredCredential.Trim(), "managed_identity", StringComparison.OrdinalIgnoreCase)
                    || string.Equals(configuredCredential.Trim(), "managed_identity_credential", StringComparison.OrdinalIgnoreCase))
                ? ManagedIdentityCredential
                : DefaultAzureCredential;
            return new SecretlessOptions(words, minEntropy, scan, credential);
        }

        /// <summary>
        /// The credential the fixes write first for <paramref name="tree"/>: <see cref="PreferredCredential"/>, or
        /// ManagedIdentityCredential whenever SL2002 (DefaultAzureCredential in production) is switched on for the
        /// tree, since a fix that wrote DefaultAzureCredential would be reported by it at once.
        /// </summary>
        public string PreferredCredentialFor(CompilationOptions? compilationOptions, SyntaxTree tree) =>
            compilationOptions is not null && IsDefaultCredentialRuleOn(compilationOptions, tree) ? ManagedIdentityCredential : PreferredCredential;

        /// <summary>SL2002's severity for the tree (.editorconfig, global config, rule set or command line); off by default.</summary>
        public static bool IsDefaultCredentialRuleOn(CompilationOptions options, SyntaxTree tree)
        {
            const string Id = DiagnosticIds.DefaultAzureCredentialInProduction;
            var provider = options.SyntaxTreeOptionsProvider;
            if ((provider is not null && (provider.TryGetDiagnosticValue(tree, Id, CancellationToken.None, out var report) || provider.TryGetGlobalDiagnosticValue(Id, CancellationToken.None, out report)))
                || options.SpecificDiagnosticOptions.TryGetValue(Id, out report))
            {
                return report != ReportDiagnostic.Suppress && report != ReportDiagnostic.Hidden && report != ReportDiagnostic.Default;
            }

            return false;
        }

        /// <summary>Lower case without separators, so <c>api_key</c>, <c>ApiKey</c> and <c>api-key</c> are one word.</summary>
        public static string Normalize(string word)
        {
            var chars = new char[word.Length];
            var length = 0;
            foreach (var c in word)
            {
                if (char.IsLetterOrDigit(c))
                {
                    chars[length++] = char.ToLowerInvariant(c);
                }
            }

            return new string(chars, 0, length);
        }

        /// <summary>
        /// A project that references a unit-test framework (xUnit v2/v3, NUnit, MSTest, TUnit): the one test-project
        /// rule of every analyzer (SL1005/SL1006/SL1010/SL1011 scanning, SL2002). Computed once per compilation by the caller.
        /// </summary>
        public static bool IsTestProject(Compilation compilation)
        {
            foreach (var assembly in compilation.ReferencedAssemblyNames)
            {
                switch (assembly.Name)
                {
                    case "xunit.core":
                    case "xunit.v3.core":
                    case "nunit.framework":
                    case "Microsoft.VisualStudio.TestPlatform.TestFramework":
                    case "MSTest.TestFramework":
                    case "TUnit.Core":
                        return true;
                }
            }

            return false;
        }
    }
}
