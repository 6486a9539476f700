/** Header names as translated copies of the partner guide write them (lower case) → the HTTP name. */
const HEADER_NAMES: Record<string, string> = {
  autorización: 'Authorization',
  autorizacion: 'Authorization',
  autorização: 'Authorization',
  autorizacao: 'Authorization',
  autorisation: 'Authorization',
  autorisierung: 'Authorization',
  autorizzazione: 'Authorization',
  'tipo de contenido': 'Content-Type',
  'tipo de conteúdo': 'Content-Type',
  'type de contenu': 'Content-Type',
  'tipo di contenuto': 'Content-Type',
  inhaltstyp: 'Content-Type',
};

/** Translations of the "Bearer" scheme word → "Bearer". */
const BEARER_WORDS = ['Portador', 'Porteur', 'Träger', 'Traeger', 'Portatore'];

/** A header as pasted and as the importer reads it, with what was translated (empty when nothing was). */
export interface TranslatedHeader {
  name: string;
  value: string;
  translated: { from: string; to: string }[];
}

/**
 * Reads a header the way HTTP needs it: a translated name (`Autorización`) becomes `Authorization`, and a
 * translated scheme (`Portador …`) becomes `Bearer …`; each translation is reported so the marketer sees it.
 */
export function untranslateHeader(name: string, value: string): TranslatedHeader {
  const translated: { from: string; to: string }[] = [];
  const trimmed = name.trim();
  const english = HEADER_NAMES[trimmed.toLowerCase()];
  if (english) translated.push({ from: trimmed, to: english });
  const headerName = english ?? trimmed;
  let headerValue = value.trim();
  if (headerName.toLowerCase() === 'authorization') {
    const word = BEARER_WORDS.find((w) => headerValue.toLowerCase().startsWith(`${w.toLowerCase()} `));
    if (word) {
      translated.push({ from: headerValue.slice(0, word.length), to: 'Bearer' });
      headerValue = `Bearer ${headerValue.slice(word.length + 1)}`;
    }
  }
  return { name: headerName, value: headerValue, translated };
}
