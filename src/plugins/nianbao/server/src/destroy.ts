import { closePdfBrowser } from './services/export/pdf';

/** The PDF printer is a child process; it goes with the server. */
export default async () => {
  await closePdfBrowser();
};
