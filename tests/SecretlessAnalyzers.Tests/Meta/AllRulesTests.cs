using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.Meta
{
    /// <summary>
    /// Promises every rule keeps, checked over all exported analyzers and fixers: help link and rule page, release
    /// tracking, README row, a run on empty source, and the code-fix export conventions.
    /// </summary>
    public class AllRulesTests
    {
        private static readonly string Root = DotNetCli.RepositoryRoot();

        public static IEnumerable<object[]> Descriptors() => AllRules.Descriptors.Select(d => new object[] { d.Id });

        [Fact]
        public void ThePackageHasRules()
        {
            Assert.NotEmpty(AllRules.AnalyzerTypes);
            Assert.NotEmpty(AllRules.CodeFixTypes);
            Assert.Contains(AllRules.Descriptors, d => d.Id == DiagnosticIds.StorageAccountKey);
        }

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void Descriptor_HasStableIdHelpLinkAndRulePage(string id)
        {
            var descriptor = AllRules.Descriptors.Single(d => d.Id == id);
            Assert.Matches("^SL[0-9]{4}$", id);
            Assert.Equal(HelpLinks.ForRule(id), descriptor.HelpLinkUri);
            Assert.EndsWith("/docs/rules/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
            var page = Path.Combine(Root, "docs", "rules", id + ".md");
            Assert.True(File.Exists(page), $"{page} is missing: the help link of {id} points there.");
            var text = File.ReadAllText(page);
            Assert.StartsWith("# " + id, text, StringComparison.Ordinal);
            Assert.Contains("## How to suppress", text);
            Assert.Contains("role", text, StringComparison.OrdinalIgnoreCase);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
            Assert.Equal(DiagnosticCategories.Security, descriptor.Category);
        }

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void Descriptor_IsInReleaseTrackingWithItsCategoryAndSeverity(string id)
        {
            var descriptor = AllRules.Descriptors.Single(d => d.Id == id);
            var releases = File.ReadAllText(Path.Combine(Root, "src", "SecretlessAnalyzers", "AnalyzerReleases.Shipped.md"))
                + File.ReadAllText(Path.Combine(Root, "src", "SecretlessAnalyzers", "AnalyzerReleases.Unshipped.md"));
            var severity = descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled";
            Assert.Matches(new Regex($@"^{id}\s*\|\s*{descriptor.Category}\s*\|\s*{severity}\s*\|", RegexOptions.Multiline), releases);
        }

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void Descriptor_HasAReadmeRow(string id)
        {
            var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
            var start = readme.IndexOf("<!-- rules -->", StringComparison.Ordinal);
            var end = readme.IndexOf("<!-- /rules -->", StringComparison.Ordinal);
            Assert.True(start >= 0 && end > start, "README.md needs the <!-- rules --> ... <!-- /rules --> table.");
            var table = readme.Substring(start, end - start);
            var descriptor = AllRules.Descriptors.Single(d => d.Id == id);
            var severity = descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled";
            Assert.Matches(new Regex($@"^\| \[{id}\]\(docs/rules/{id}\.md\) \|.*\| {severity}[^|]*\|", RegexOptions.Multiline), table);
        }

        [Fact]
        public void ReadmeAndReleaseTracking_ListNoUnknownRule()
        {
            var known = AllRules.Descriptors.Select(d => d.Id).ToHashSet();
            var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
            var releases = File.ReadAllText(Path.Combine(Root, "src", "SecretlessAnalyzers", "AnalyzerReleases.Unshipped.md"));
            foreach (Match match in Regex.Matches(readme + releases, @"\bSL[0-9]{4}\b"))
            {
                Assert.Contains(match.Value, known);
            }
        }

        [Fact]
        public async Task EveryAnalyzer_OnEmptyAndTrivialSource_ReportsNothingAndNeverThrows()
        {
            var result = await AnalyzerRunner.RunAsync(
                AllRules.CreateAnalyzers(),
                new[] { ("/0/Test0.cs", string.Empty), ("/0/Test1.cs", "class C { string S = \"hello\" + 1; }") },
                extraReferences: TestReferences.All);
            Assert.False(result.HasFailures, result.FormatFailures());
            Assert.Empty(result.AnalyzerDiagnostics);
        }

        [Fact]
        public void EveryCodeFix_IsExportedUnderItsClassName_AndFixesAKnownRuleWithFixAll()
        {
            var known = AllRules.Descriptors.Select(d => d.Id).ToHashSet();
            foreach (var type in AllRules.CodeFixTypes)
            {
                var export = (ExportCodeFixProviderAttribute?)type.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), inherit: false).SingleOrDefault();
                Assert.True(export is not null, $"{type.Name} is not exported.");
                Assert.Equal(type.Name, export!.Name);
                Assert.Contains(LanguageNames.CSharp, export.Languages);
                Assert.True(type.GetCustomAttributes(typeof(System.Composition.SharedAttribute), inherit: false).Length == 1, $"{type.Name} is not [Shared].");
                var provider = (CodeFixProvider)Activator.CreateInstance(type)!;
                Assert.NotEmpty(provider.FixableDiagnosticIds);
                Assert.All(provider.FixableDiagnosticIds, id => Assert.Contains(id, known));
                Assert.NotNull(provider.GetFixAllProvider());
            }
        }
    }
}
