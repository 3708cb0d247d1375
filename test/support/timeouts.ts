// Tests over HTTP boot a real app per file; give hooks and tests room on a 2-core machine.
jest.setTimeout(90_000);
