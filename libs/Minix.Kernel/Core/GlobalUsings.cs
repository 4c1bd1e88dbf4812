// The kernel's vocabulary, imported once here rather than in every file: IPC (Status, Endpoint, Message), the
// kernel-call layouts, the boot-image and memory-map formats, privileges, grants, the arch layer, and the interop
// namespace its fixed layouts and memory casts come from.
global using System.Runtime.CompilerServices;
global using System.Runtime.InteropServices;
global using Minix.Ipc;
global using Minix.Kernel.Arch;
global using Minix.Kernel.Boot;
global using Minix.Kernel.Calls;
global using Minix.Kernel.Grants;
global using Minix.Kernel.Privileges;
