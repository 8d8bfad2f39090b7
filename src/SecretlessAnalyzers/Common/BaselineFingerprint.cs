using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// The baseline fingerprint of a finding (docs/baseline.md): a keyed one-way digest of the rule, the project-relative
    /// file, the enclosing member (or configuration setting) and the secret value, so it survives moved lines and
    /// changes with the value. Computed only when the build gives a salt (<c>build_property.SecretlessBaselineSalt</c>,
    /// which the package's targets read from <c>secretless.baseline.json</c> or draw at random when writing one):
    /// otherwise nothing is added and nothing is computed.
    /// </summary>
    /// <remarks>
    /// fingerprint = HMAC-SHA256(salt, rule \n file \n member \n PBKDF2(value, salt, <see cref="Iterations"/>)).
    /// The value goes through PBKDF2 first, so a short password cannot be found by hashing guesses quickly; the salt is
    /// random per baseline, so no table computed once serves every baseline. The value itself never leaves this method.
    /// </remarks>
    public static class BaselineFingerprint
    {
        /// <summary>The salted digest, 64 lowercase hex digits.</summary>
        public const string FingerprintProperty = "Fingerprint";

        /// <summary>The file part of the fingerprint: project-relative, forward slashes.</summary>
        public const string FileProperty = "FingerprintFile";

        /// <summary>The member part: <c>Namespace.Type.Member</c>, or the configuration setting path for a configuration file.</summary>
        public const string MemberProperty = "FingerprintMember";

        public const string SaltOption = "build_property.SecretlessBaselineSalt";
        public const string ProjectDirectoryOption = "build_property.MSBuildProjectDirectory";

        /// <summary>PBKDF2 iterations on the value: a few milliseconds per finding, paid only in builds with a baseline.</summary>
        public const int Iterations = 10_000;

        private const int MinSaltBytes = 16;

        private static readonly ConditionalWeakTable<AnalyzerConfigOptions, Settings> Cache = new ConditionalWeakTable<AnalyzerConfigOptions, Settings>();

        /// <summary>
        /// <paramref name="properties"/> with the fingerprint properties added when the build configures a salt.
        /// <paramref name="value"/> is the secret (null for rules that flag no value); <paramref name="member"/>
        /// overrides the enclosing member found from syntax (a configuration setting path).
        /// </summary>
        public static ImmutableDictionary<string, string?> With(
            ImmutableDictionary<string, string?> properties,
            AnalyzerOptions options,
            string ruleId,
            Location location,
            string? value,
            string? member,
            CancellationToken cancellationToken)
        {
            var settings = Cache.GetValue(options.AnalyzerConfigOptionsProvider.GlobalOptions, Settings.Read);
            if (settings.Salt is null)
            {
                return properties;
            }

            var path = location.IsInSource ? location.SourceTree!.FilePath : location.GetLineSpan().Path;
            var file = RelativePath(path, settings.ProjectDirectory);
            member ??= location.IsInSource ? EnclosingMember(location.SourceTree!.GetRoot(cancellationToken).FindNode(location.SourceSpan, getInnermostNodeForTie: true)) : string.Empty;
            var fingerprint = Compute(settings.Salt, ruleId, file, member, value ?? string.Empty);
            if (fingerprint is null)
            {
                return properties;
            }

            return properties
                .SetItem(FingerprintProperty, fingerprint)
                .SetItem(FileProperty, file)
                .SetItem(MemberProperty, member);
        }

        /// <summary>The digest, or null when the platform refuses the algorithms (e.g. a FIPS policy): then no fingerprint.</summary>
        public static string? Compute(byte[] salt, string ruleId, string file, string member, string value)
        {
            try
            {
                byte[] stretched;
                using (var pbkdf2 = new Rfc2898DeriveBytes(Encoding.UTF8.GetBytes(value), salt, Iterations))
                {
                    stretched = pbkdf2.GetBytes(32);
                }

                var scope = Encoding.UTF8.GetBytes(ruleId + "\n" + file + "\n" + member + "\n");
                var message = new byte[scope.Length + stretched.Length];
                Buffer.BlockCopy(scope, 0, message, 0, scope.Length);
                Buffer.BlockCopy(stretched, 0, message, scope.Length, stretched.Length);
                using var hmac = new HMACSHA256(salt);
                return ToHex(hmac.ComputeHash(message));
            }
            catch (CryptographicException)
            {
                return null;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }

        /// <summary>A salt is at least 16 bytes written as hex; anything else is no salt.</summary>
        public static byte[]? ParseSalt(string? text)
        {
            text = text?.Trim();
            if (text is null || text.Length < MinSaltBytes * 2 || text.Length % 2 != 0)
            {
                return null;
            }

            var bytes = new byte[text.Length / 2];
            for (var i = 0; i < bytes.Length; i++)
            {
                if (!byte.TryParse(text.Substring(i * 2, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out bytes[i]))
                {
                    return null;
                }
            }

            return bytes;
        }

        /// <summary><paramref name="path"/> relative to <paramref name="directory"/> with forward slashes; the path itself outside it.</summary>
        public static string RelativePath(string path, string? directory)
        {
            var normalized = path.Replace('\\', '/');
            if (string.IsNullOrEmpty(directory))
            {
                return normalized;
            }

            var root = directory!.Replace('\\', '/').TrimEnd('/') + "/";
            return normalized.StartsWith(root, StringComparison.OrdinalIgnoreCase) ? normalized.Substring(root.Length) : normalized;
        }

        /// <summary>
        /// <c>Namespace.Type.Member</c> from syntax alone: the member, property, field or event around the node (a local
        /// function or lambda counts as its containing member), its types and namespaces; top-level statements are
        /// <c>&lt;top-level&gt;</c>, a type's attributes or base list the type itself.
        /// </summary>
        public static string EnclosingMember(SyntaxNode? node)
        {
            string? member = null;
            var parts = new System.Collections.Generic.List<string>();
            for (var current = node; current is not null; current = current.Parent)
            {
                switch (current)
                {
                    case GlobalStatementSyntax:
                        member ??= "<top-level>";
                        break;
                    case MethodDeclarationSyntax method:
                        member ??= method.Identifier.ValueText;
                        break;
                    case ConstructorDeclarationSyntax constructor:
                        member ??= constructor.Modifiers.Any(SyntaxKind.StaticKeyword) ? ".cctor" : ".ctor";
                        break;
                    case DestructorDeclarationSyntax:
                        member ??= "Finalize";
                        break;
                    case PropertyDeclarationSyntax property:
                        member ??= property.Identifier.ValueText;
                        break;
                    case IndexerDeclarationSyntax:
                        member ??= "this[]";
                        break;
                    case EventDeclarationSyntax @event:
                        member ??= @event.Identifier.ValueText;
                        break;
                    case OperatorDeclarationSyntax @operator:
                        member ??= "operator " + @operator.OperatorToken.ValueText;
                        break;
                    case ConversionOperatorDeclarationSyntax conversion:
                        member ??= "operator " + conversion.Type;
                        break;
                    case BaseFieldDeclarationSyntax field:
                        member ??= FieldName(field, node);
                        break;
                    case EnumMemberDeclarationSyntax enumMember:
                        member ??= enumMember.Identifier.ValueText;
                        break;
                    case BaseTypeDeclarationSyntax type:
                        parts.Add(type.Identifier.ValueText);
                        break;
                    case DelegateDeclarationSyntax @delegate:
                        parts.Add(@delegate.Identifier.ValueText);
                        break;
                    case BaseNamespaceDeclarationSyntax ns:
                        parts.Add(ns.Name.ToString());
                        break;
                }
            }

            parts.Reverse();
            if (member is not null)
            {
                parts.Add(member);
            }

            return string.Join(".", parts);
        }

        // One declaration may declare several fields: the one whose initializer holds the node.
        private static string FieldName(BaseFieldDeclarationSyntax field, SyntaxNode? node)
        {
            foreach (var variable in field.Declaration.Variables)
            {
                if (node is not null && variable.Span.Contains(node.Span))
                {
                    return variable.Identifier.ValueText;
                }
            }

            return field.Declaration.Variables.Count > 0 ? field.Declaration.Variables[0].Identifier.ValueText : string.Empty;
        }

        private static string ToHex(byte[] bytes)
        {
            var text = new StringBuilder(bytes.Length * 2);
            foreach (var b in bytes)
            {
                text.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }

        private sealed class Settings
        {
            private Settings(byte[]? salt, string? projectDirectory)
            {
                Salt = salt;
                ProjectDirectory = projectDirectory;
            }

            public byte[]? Salt { get; }

            public string? ProjectDirectory { get; }

            public static Settings Read(AnalyzerConfigOptions options)
            {
                options.TryGetValue(SaltOption, out var salt);
                options.TryGetValue(ProjectDirectoryOption, out var directory);
                return new Settings(ParseSalt(salt), string.IsNullOrWhiteSpace(directory) ? null : directory!.Trim());
            }
        }
    }
}
