using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Configuration;

namespace SecretlessAnalyzers.Baseline
{
    /// <summary>
    /// <c>secretless.baseline.json</c> as the analyzers see it (an AdditionalFile the package's targets add). Parsed
    /// whole before anything is trusted: a file that is not valid JSON, not written by this tool, of an unknown version,
    /// without a salt or with one malformed entry is unusable and silences nothing (SL1090 says why).
    /// </summary>
    public sealed class BaselineFile
    {
        public const string FileName = "secretless.baseline.json";
        public const string Tool = "SecretlessAnalyzers";
        public const string Version = "1";

        private BaselineFile(string path, string? problem, ImmutableHashSet<string> fingerprints, string? salt)
        {
            Path = path;
            Problem = problem;
            Fingerprints = fingerprints;
            Salt = salt;
        }

        public string Path { get; }

        /// <summary>Why the file cannot be used; null when it can.</summary>
        public string? Problem { get; }

        public bool IsUsable => Problem is null;

        /// <summary>The recorded fingerprints; empty when the file is unusable.</summary>
        public ImmutableHashSet<string> Fingerprints { get; }

        /// <summary>The salt as written in the file (hex), when the file is usable.</summary>
        public string? Salt { get; }

        public static bool IsBaselineFile(AdditionalText file) =>
            string.Equals(System.IO.Path.GetFileName(file.Path), FileName, StringComparison.OrdinalIgnoreCase);

        /// <summary>The first baseline file among the additional files, or null when the project has none.</summary>
        public static BaselineFile? Find(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            foreach (var file in options.AdditionalFiles)
            {
                if (IsBaselineFile(file))
                {
                    return Read(file, cancellationToken);
                }
            }

            return null;
        }

        // The suppressor and SL1090 read the same file object: parse it once.
        private static readonly ConditionalWeakTable<AdditionalText, BaselineFile> Cache = new ConditionalWeakTable<AdditionalText, BaselineFile>();

        public static BaselineFile Read(AdditionalText file, CancellationToken cancellationToken)
        {
            if (Cache.TryGetValue(file, out var cached))
            {
                return cached;
            }

            var text = file.GetText(cancellationToken)?.ToString();
            return Cache.GetValue(file, _ => Parse(file.Path, text ?? string.Empty));
        }

        public static BaselineFile Parse(string path, string text)
        {
            var values = JsonConfigurationReader.Read(text);
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var value in values)
            {
                fields[value.Key] = value.Value;
            }

            if (values.Count == 0)
            {
                return Unusable(path, "it is not a JSON object with string settings (corrupt or truncated?)");
            }

            if (!fields.TryGetValue("tool", out var tool) || tool != Tool)
            {
                return Unusable(path, "its \"tool\" is not \"" + Tool + "\" (a file of another tool?)");
            }

            if (!fields.TryGetValue("version", out var version) || version != Version)
            {
                return Unusable(path, "its \"version\" is not \"" + Version + "\" (written by another version of the package?)");
            }

            if (!fields.TryGetValue("salt", out var salt) || BaselineFingerprint.ParseSalt(salt) is null)
            {
                return Unusable(path, "its \"salt\" is missing or not at least 32 hexadecimal digits");
            }

            // entries:<index>:rule / :fingerprint / :file / :member, as the configuration reader flattens arrays.
            var entries = new Dictionary<string, (string? Rule, string? Fingerprint)>(StringComparer.Ordinal);
            foreach (var field in fields)
            {
                var parts = field.Key.Split(':');
                if (parts.Length != 3 || !string.Equals(parts[0], "entries", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                entries.TryGetValue(parts[1], out var entry);
                if (string.Equals(parts[2], "rule", StringComparison.OrdinalIgnoreCase))
                {
                    entry.Rule = field.Value;
                }
                else if (string.Equals(parts[2], "fingerprint", StringComparison.OrdinalIgnoreCase))
                {
                    entry.Fingerprint = field.Value;
                }

                entries[parts[1]] = entry;
            }

            var fingerprints = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (var entry in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                if (!IsRuleId(entry.Value.Rule) || !IsFingerprint(entry.Value.Fingerprint))
                {
                    return Unusable(path, "entry " + entry.Key + " has no valid \"rule\" (SLnnnn) and \"fingerprint\" (64 hexadecimal digits)");
                }

                fingerprints.Add(entry.Value.Fingerprint!);
            }

            return new BaselineFile(path, null, fingerprints.ToImmutable(), salt);
        }

        private static BaselineFile Unusable(string path, string problem) =>
            new BaselineFile(path, problem, ImmutableHashSet<string>.Empty, null);

        private static bool IsRuleId(string? rule) =>
            rule is { Length: 6 } && rule.StartsWith("SL", StringComparison.Ordinal) && rule.Skip(2).All(c => c >= '0' && c <= '9');

        private static bool IsFingerprint(string? fingerprint) =>
            fingerprint is { Length: 64 } && fingerprint.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
    }
}
