using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;

namespace SecretlessAnalyzers.Tests.Accuracy
{
    /// <summary>
    /// The files a SonarScanner for .NET analysis hands SonarAnalyzer.CSharp 9.x, written for the accuracy corpus so
    /// that its rules run as they do in a scanner analysis (read from the 9.32 sources: AnalyzerConfiguration,
    /// SonarLintXmlReader, ProjectConfigReader, SonarCompilationReportingContext):
    /// <list type="bullet">
    /// <item><c>SonarLint.xml</c> (additional file) listing the rules: a security hotspot such as S2068 runs only when
    /// this file names it (its analyzer is built with <c>AnalyzerConfiguration.Hotspot</c>); .editorconfig and
    /// rulesets cannot switch it on.</item>
    /// <item><c>SonarProjectConfig.xml</c> (additional file) with the project type (Product, Test) and
    /// <c>FilesToAnalyzePath</c>: S2068 and S2115 read <c>web*.config</c> and <c>appsettings*.json</c> only from that list,
    /// on disk, never from the additional files; so the corpus's configuration files are written to a temporary
    /// folder and listed there, and their findings mapped back to the cases' paths.</item>
    /// <item><c>SonarQubeAnalysisConfig.xml</c>, empty, which a project configuration points to.</item>
    /// </list>
    /// </summary>
    public sealed class SonarScannerInputs : IDisposable
    {
        private readonly string _root;
        private readonly string _sonarLintXml;
        private readonly Dictionary<bool, (string Path, string Content)> _projectConfigs = new();

        public SonarScannerInputs(IReadOnlyList<AccuracyCase> corpus, IEnumerable<string> rules)
        {
            _root = Path.Combine(Path.GetTempPath(), "secretless-peers-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_root);
            var analysisConfig = Path.Combine(_root, "SonarQubeAnalysisConfig.xml");
            File.WriteAllText(analysisConfig, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<AnalysisConfig xmlns=\"http://www.sonarsource.com/msbuild/integration/2015/1\" />\n");

            var sonarLint = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AnalysisInput>\n  <Settings />\n  <Rules>\n");
            foreach (var rule in rules)
            {
                sonarLint.Append("    <Rule><Key>").Append(SecurityElement.Escape(rule)).Append("</Key></Rule>\n");
            }

            _sonarLintXml = sonarLint.Append("  </Rules>\n  <Files />\n</AnalysisInput>\n").ToString();

            foreach (var project in corpus.GroupBy(c => c.InTestProject))
            {
                var kind = project.Key ? "Test" : "Product";
                var folder = Path.Combine(_root, kind);
                Directory.CreateDirectory(folder);
                var files = new List<string>();
                foreach (var item in project.Where(c => c.IsConfiguration))
                {
                    var path = OnDisk(item.Path);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, item.Content);
                    files.Add(path);
                }

                var filesToAnalyze = Path.Combine(folder, "FilesToAnalyze.txt");
                File.WriteAllLines(filesToAnalyze, files);
                var projectConfig = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                    + "<SonarProjectConfig xmlns=\"http://www.sonarsource.com/msbuild/analyzer/2021/1\">\n"
                    + $"  <AnalysisConfigPath>{SecurityElement.Escape(analysisConfig)}</AnalysisConfigPath>\n"
                    + $"  <ProjectPath>{SecurityElement.Escape(Path.Combine(folder, "Corpus.csproj"))}</ProjectPath>\n"
                    + $"  <FilesToAnalyzePath>{SecurityElement.Escape(filesToAnalyze)}</FilesToAnalyzePath>\n"
                    + "  <OutPath></OutPath>\n"
                    + $"  <ProjectType>{kind}</ProjectType>\n"
                    + "  <TargetFramework>net10.0</TargetFramework>\n"
                    + "</SonarProjectConfig>\n";
                _projectConfigs[project.Key] = (Path.Combine(folder, "SonarProjectConfig.xml"), projectConfig);
            }
        }

        /// <summary>The additional files of one compilation (true: the test project): SonarLint.xml and SonarProjectConfig.xml.</summary>
        public IEnumerable<(string Path, string Content)> AdditionalFiles(bool testProject)
        {
            yield return (Path.Combine(_root, "SonarLint.xml"), _sonarLintXml);
            if (_projectConfigs.TryGetValue(testProject, out var projectConfig))
            {
                yield return projectConfig;
            }
        }

        /// <summary>A reported path back to the case's path (configuration files were read from the temporary copy).</summary>
        public string MapPath(string path)
        {
            var prefix = Path.Combine(_root, "corpus") + Path.DirectorySeparatorChar;
            return path.StartsWith(prefix, StringComparison.Ordinal)
                ? "/corpus/" + path.Substring(prefix.Length).Replace(Path.DirectorySeparatorChar, '/')
                : path;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is no failure of the measurement.
            }
        }

        private string OnDisk(string casePath) => Path.Combine(new[] { _root }.Concat(casePath.TrimStart('/').Split('/')).ToArray());
    }
}
