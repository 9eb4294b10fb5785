// Saves a file the Portal fetched from the API (an export) under its own name.
window.cloudPortal = {
  async download(fileName, streamReference) {
    const buffer = await streamReference.arrayBuffer();
    const url = URL.createObjectURL(new Blob([buffer]));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName ?? '';
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  },
};
