using System.Collections.Generic;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Reporting.Azure;

namespace SecretlessAnalyzers.Reporting.Model
{
    /// <summary>An Azure resource the project talks to, the roles its identity needs there, and how to grant them.</summary>
    public sealed class ResourceAccess
    {
        public string Service { get; set; } = string.Empty;

        /// <summary>What the findings know of the service, or null for a service the report has no facts about.</summary>
        public AzureService? Facts { get; set; }

        public GrantKind GrantKind => Facts?.GrantKind ?? GrantKind.AzureRbacRoleAssignment;

        public string Resource { get; set; } = string.Empty;

        /// <summary>The resource's name (the first label of a host name), or null when the findings do not name it.</summary>
        public string? Name { get; set; }

        public string Kind { get; set; } = string.Empty;
        public string Scope { get; set; } = string.Empty;
        public List<string> Roles { get; } = new List<string>();
        public List<string> RoleNotes { get; } = new List<string>();
        public List<string> Commands { get; } = new List<string>();
        public string CommandLanguage { get; set; } = "sh";
        public List<string> FoundAt { get; } = new List<string>();

        /// <summary>Where a secret of this resource was found (the keys to rotate), redacted.</summary>
        public List<string> SecretsAt { get; } = new List<string>();

        /// <summary>The configuration settings that held this resource's secret.</summary>
        public List<string> ConfigurationKeys { get; } = new List<string>();

        /// <summary>Each role on the part of the resource the code uses (a path below the resource; empty for all of it).</summary>
        public List<RelativeGrant> RelativeGrants { get; } = new List<RelativeGrant>();

        /// <summary>Each role with the scope written in its command.</summary>
        public List<RoleGrant> Grants { get; } = new List<RoleGrant>();

        /// <summary>The ordered steps that take this resource off keys.</summary>
        public List<CutoverStep> Cutover { get; } = new List<CutoverStep>();
    }

    /// <summary>A role on a path below the resource id (<c>blobServices/default/containers/orders</c>; empty for the whole resource).</summary>
    public readonly struct RelativeGrant : System.IEquatable<RelativeGrant>
    {
        public RelativeGrant(string role, string path)
        {
            Role = role;
            Path = path;
        }

        public string Role { get; }

        public string Path { get; }

        public bool Equals(RelativeGrant other) => Role == other.Role && Path == other.Path;

        public override bool Equals(object? obj) => obj is RelativeGrant other && Equals(other);

        public override int GetHashCode() => (Role.GetHashCode() * 397) ^ Path.GetHashCode();
    }

    public sealed class RoleGrant
    {
        public string Role { get; set; } = string.Empty;
        public string Scope { get; set; } = string.Empty;
        public string? Note { get; set; }

        /// <summary>The path below the resource this grant covers (empty for the whole resource), for the Bicep scope.</summary>
        public string RelativePath { get; set; } = string.Empty;
    }

    /// <summary>One step of the cut-over to tokens.</summary>
    /// <param name="Name">A stable id for tools: grant, deploy, verify, disable-local-auth, rotate-key, delete-settings.</param>
    /// <param name="Text">What to do.</param>
    public sealed record CutoverStep(string Name, string Text);
}
