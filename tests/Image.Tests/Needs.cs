// Every test here builds an image (ILC) and most boot it (QEMU): a quick run leaves them out with the filter in
// docs/contributing.md.
[assembly: AssemblyTrait("Needs", "qemu")]
[assembly: AssemblyTrait("Needs", "ilc")]
