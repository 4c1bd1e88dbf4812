// The kernel's vocabulary, imported once here rather than in every file: IPC (Status, Endpoint, Message), the
// kernel-call layouts, the boot-image and memory-map formats, and privileges.
global using Minix.Ipc;
global using Minix.Kernel.Boot;
global using Minix.Kernel.Calls;
global using Minix.Kernel.Privileges;
