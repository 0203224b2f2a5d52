/**
 * A read of the page that cannot end in silence. OPP-wijzer is judged on pages nobody here
 * has seen: an error in its own code on such a page is written to the tab's console (nothing
 * is sent anywhere) and handed to the caller, which takes its layer away (a sidebar of an
 * earlier reading would be wrong now) and lets the popup say that this page could not be read.
 */
function failed(error: unknown, onError: (error: unknown) => void): null {
  console.error('OPP-wijzer kon deze pagina niet lezen:', error);
  onError(error);
  return null;
}

export function guarded<T>(read: () => T, onError: (error: unknown) => void): T | null {
  try {
    return read();
  } catch (error) {
    return failed(error, onError);
  }
}

/** The same for a read that waits (ParnasSys asks for the pupil's link first). */
export async function guardedAsync<T>(read: () => Promise<T>, onError: (error: unknown) => void): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    return failed(error, onError);
  }
}
