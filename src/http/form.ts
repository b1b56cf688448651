import type { IncomingFile } from '@/inquiries/validation'

/**
 * Reading the site's multipart forms in route handlers. A body that is not a form reads as an
 * empty one, so the service's validation names every missing field instead of the request failing.
 */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData()
  } catch {
    return new FormData()
  }
}

/** A text field's value, or undefined when absent (or a file). */
export function formText(form: FormData, name: string): string | undefined {
  const value = form.get(name)
  return typeof value === 'string' ? value : undefined
}

/** The files sent under `name`, read into memory for the byte checks. */
export async function formFiles(form: FormData, name: string): Promise<IncomingFile[]> {
  const files: IncomingFile[] = []
  for (const entry of form.getAll(name)) {
    // Browsers send an empty, nameless part when no file was chosen.
    if (typeof entry === 'string' || (entry.size === 0 && !entry.name)) continue
    files.push({ name: entry.name, data: Buffer.from(await entry.arrayBuffer()), mimetype: entry.type, size: entry.size })
  }
  return files
}
