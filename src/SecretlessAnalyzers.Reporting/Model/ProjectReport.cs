using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SecretlessAnalyzers.Reporting.Model
{
    public sealed class ConfigurationKeyToDelete
    {
        public string Key { get; set; } = string.Empty;
        public List<string> Files { get; } = new List<string>();
        public List<string> ReadAt { get; } = new List<string>();

        /// <summary>
        /// The settings SL2001's fix reads the endpoint from instead, one per storage part the clients of the key work on
        /// (<c>Reports:BlobServiceUri</c>, <c>Reports:QueueServiceUri</c>); empty when the fix writes none.
        /// </summary>
        public List<NewEndpointSetting> NewSettings { get; } = new List<NewEndpointSetting>();

        /// <summary>The first of <see cref="NewSettings"/> (<c>Reports:BlobServiceUri</c>), or null.</summary>
        public string? NewSetting => NewSettings.Count > 0 ? NewSettings[0].Setting : null;

        /// <summary>Its value, when the findings name the resource (<c>https://contosoreports.blob.core.windows.net</c>), or null.</summary>
        public string? NewValue => NewSettings.Count > 0 ? NewSettings[0].Value : null;
    }

    /// <summary>A setting SL2001's fix reads instead of a connection string, and its value when the findings name the resource (else null).</summary>
    public sealed class NewEndpointSetting
    {
        public NewEndpointSetting(string setting, string? value)
        {
            Setting = setting;
            Value = value;
        }

        public string Setting { get; }

        public string? Value { get; }
    }

    public sealed class ProjectReport
    {
        public string Project { get; set; } = string.Empty;
        public string ProjectPath { get; set; } = string.Empty;
        public string TargetFramework { get; set; } = string.Empty;
        public List<Finding> Findings { get; } = new List<Finding>();
        public List<ResourceAccess> Resources { get; } = new List<ResourceAccess>();
        public List<ConfigurationKeyToDelete> ConfigurationKeys { get; } = new List<ConfigurationKeyToDelete>();

        /// <summary>Results the log marks suppressed (in source, by another suppressor, externally): counted, not listed.</summary>
        public int Suppressed { get; set; }

        /// <summary>Suppressed because secretless.baseline.json records them (docs/baseline.md); not in <see cref="Suppressed"/>.</summary>
        public int Baselined { get; set; }

        public string Summary() => string.Format(
            CultureInfo.InvariantCulture,
            "{0} finding(s), {1} secret(s), {2} Azure resource(s), {3} configuration key(s) to delete",
            Findings.Count,
            Findings.Count(f => f.RedactedSecret is not null),
            Resources.Count,
            ConfigurationKeys.Count);
    }

    public static class ReportFiles
    {
        public const string MarkdownName = "secretless-report.md";
        public const string JsonName = "secretless-report.json";
        public const string BicepName = "secretless-roles.bicep";
        public const string SchemaName = "secretless-migration-report/1";

        /// <summary>UTF-8 without a byte-order mark: what Markdown viewers, JSON parsers and Bicep expect.</summary>
        public static readonly System.Text.Encoding Utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    }

    /// <summary>The placeholders commands and scripts carry for what only the person running them knows.</summary>
    public static class Placeholders
    {
        public const string PrincipalId = "<principal-id>";
        public const string ResourceGroup = "<resource-group>";
        public const string Subscription = "<subscription-id>";
        public const string IdentityName = "<identity-name>";
        public const string Unknown = "(unknown)";
    }
}
