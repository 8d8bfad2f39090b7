using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SecretlessAnalyzers.Configuration;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.Configuration
{
    /// <summary>
    /// The configuration file names live in ConfigurationFiles.Patterns; the package's build targets must add exactly
    /// those files, or SL1020 would miss a file the targets add, or the targets would add a file no rule reads.
    /// </summary>
    public class ConfigurationFilesTests
    {
        [Fact]
        public void TheBuildTargetsAddExactlyTheAnalyzersConfigurationFiles()
        {
            var targets = File.ReadAllText(Path.Combine(DotNetCli.RepositoryRoot(), "nuget", "build", "SecretlessAnalyzers.targets"));

            var fromTargets = PatternsOf(targets);
            var fromAnalyzer = ConfigurationFiles.Patterns.Select(p => p.Pattern.ToLowerInvariant()).ToHashSet();

            Assert.NotEmpty(fromTargets);
            Assert.Equal(fromAnalyzer.OrderBy(p => p, StringComparer.Ordinal), fromTargets.OrderBy(p => p, StringComparer.Ordinal));
        }

        [Fact]
        public void ThePatternReaderSeesAMissingName()
        {
            // The agreement test above can fail: without app.config in the condition, the targets name one file fewer.
            var targets = File.ReadAllText(Path.Combine(DotNetCli.RepositoryRoot(), "nuget", "build", "SecretlessAnalyzers.targets"))
                .Replace(" or '%(Filename)' == 'app'", string.Empty, StringComparison.Ordinal);

            Assert.DoesNotContain("app.config", PatternsOf(targets));
            Assert.Contains("web.config", PatternsOf(targets));
        }

        [Fact]
        public void EveryPatternHasItsKind()
        {
            foreach (var (pattern, kind) in ConfigurationFiles.Patterns)
            {
                var path = "/src/App/" + pattern.Replace("*", ".Production", StringComparison.Ordinal);
                Assert.Equal(kind, ConfigurationFiles.KindOf(path));
            }
        }

        /// <summary>The lower-cased paths the targets' configuration item groups name (JSON includes, and the
        /// <c>*.config</c> names their condition keeps).</summary>
        private static HashSet<string> PatternsOf(string targets)
        {
            var patterns = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match include in Regex.Matches(targets, "<_SecretlessJson Include=\"([^\"]+)\""))
            {
                // "**/appsettings*.json;**/local.settings.json;...": file names in any folder.
                foreach (var glob in include.Groups[1].Value.Split(';', StringSplitOptions.RemoveEmptyEntries))
                {
                    patterns.Add(glob.Trim().Replace("**/", string.Empty, StringComparison.Ordinal).ToLowerInvariant());
                }
            }

            var xml = Regex.Match(targets, "<_SecretlessXml Include=[^>]*Condition=\"([^\"]+)\"", RegexOptions.Singleline).Groups[1].Value;
            foreach (Match name in Regex.Matches(xml, "'%\\(Filename\\)' == '([^']+)'"))
            {
                patterns.Add(name.Groups[1].Value.ToLowerInvariant() + ".config");
            }

            foreach (Match prefix in Regex.Matches(xml, "StartsWith\\('([^']+)'"))
            {
                patterns.Add(prefix.Groups[1].Value.ToLowerInvariant() + "*.config");
            }

            return patterns;
        }
    }
}
