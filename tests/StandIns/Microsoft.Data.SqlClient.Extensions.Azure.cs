// Stand-in for the public surface of the NuGet package Microsoft.Data.SqlClient.Extensions.Azure 7.0.2 (2026-06-24), the
// Microsoft Entra ID authentication provider that Microsoft.Data.SqlClient 7 loads by assembly name; the package
// registry here does not serve it.
// Source: src/Microsoft.Data.SqlClient.Extensions/Azure/src/ActiveDirectoryAuthenticationProvider.cs and
// ActiveDirectoryAuthenticationProviderOptions.cs of dotnet/SqlClient at tag v7.0.2
// (commit 8c70cec98444338ddb0b97be94c34fde93970241); the package has no ref assembly or API listing. The public API is
// the same at v7.1.0-preview2 (90dda56c362dee1f3c091471c7d6199f3af80cba) and at main c16adb7a11674b66f9e9ca5e5a38e768ce8d5ff3.
// ActiveDirectoryAuthenticationProvider derives from the real Microsoft.Data.SqlClient.SqlAuthenticationProvider of
// Microsoft.Data.SqlClient.Extensions.Abstractions (7.1.2, which comes with the real Microsoft.Data.SqlClient 7.1.2);
// DeviceCodeResult is the real Microsoft.Identity.Client type. Declared: every public member of the netstandard2.0
// build. Not declared: SetIWin32WindowFunc, which only the net462 build has. This assembly is not named
// Microsoft.Data.SqlClient.Extensions.Azure, so neither SqlClient nor an assembly-name check takes it for the package.
// Every body throws.
#nullable enable annotations

namespace Microsoft.Data.SqlClient
{
    public sealed partial class ActiveDirectoryAuthenticationProvider : Microsoft.Data.SqlClient.SqlAuthenticationProvider
    {
        public ActiveDirectoryAuthenticationProvider() { }
        public ActiveDirectoryAuthenticationProvider(string applicationClientId) { }
        public ActiveDirectoryAuthenticationProvider(System.Func<Microsoft.Identity.Client.DeviceCodeResult, System.Threading.Tasks.Task> deviceCodeFlowCallbackMethod, string? applicationClientId = null) { }
        public ActiveDirectoryAuthenticationProvider(Microsoft.Data.SqlClient.ActiveDirectoryAuthenticationProviderOptions options) { }
        public override System.Threading.Tasks.Task<Microsoft.Data.SqlClient.SqlAuthenticationToken> AcquireTokenAsync(Microsoft.Data.SqlClient.SqlAuthenticationParameters parameters) { throw null; }
        public override void BeforeLoad(Microsoft.Data.SqlClient.SqlAuthenticationMethod authentication) { }
        public override void BeforeUnload(Microsoft.Data.SqlClient.SqlAuthenticationMethod authentication) { }
        public static void ClearUserTokenCache() { }
        public override bool IsSupported(Microsoft.Data.SqlClient.SqlAuthenticationMethod authentication) { throw null; }
        public void SetAcquireAuthorizationCodeAsyncCallback(System.Func<System.Uri, System.Uri, System.Threading.CancellationToken, System.Threading.Tasks.Task<System.Uri>> acquireAuthorizationCodeAsyncCallback) { }
        public void SetDeviceCodeFlowCallback(System.Func<Microsoft.Identity.Client.DeviceCodeResult, System.Threading.Tasks.Task> deviceCodeFlowCallbackMethod) { }
        public void SetParentActivityOrWindowFunc(System.Func<object>? parentActivityOrWindowFunc) { }
    }

    public sealed partial class ActiveDirectoryAuthenticationProviderOptions
    {
        public string? ApplicationClientId { get { throw null; } set { } }
        public System.Func<Microsoft.Identity.Client.DeviceCodeResult, System.Threading.Tasks.Task>? DeviceCodeFlowCallback { get { throw null; } set { } }
        public bool UseWamBroker { get { throw null; } set { } }
    }
}
