// A small command line over typage (npm "age-encryption"), for tests/interop/test_typage.py.
//   node typage.mjs keygen                  -> hybrid identity line, then its recipient line
//   node typage.mjs recipient IDENTITY      -> the identity's recipient
//   node typage.mjs encrypt RECIPIENT...    <plaintext >age file
//   node typage.mjs decrypt IDENTITY...     <age file, binary or armoured >plaintext (exit 1 with the error)
import { Decrypter, Encrypter, armor, generateHybridIdentity, identityToRecipient } from "age-encryption";

async function stdin() {
  const parts = [];
  for await (const part of process.stdin) parts.push(part);
  return new Uint8Array(Buffer.concat(parts));
}

const [command, ...args] = process.argv.slice(2);
try {
  if (command === "keygen") {
    const identity = await generateHybridIdentity();
    process.stdout.write(identity + "\n" + (await identityToRecipient(identity)) + "\n");
  } else if (command === "recipient") {
    process.stdout.write((await identityToRecipient(args[0])) + "\n");
  } else if (command === "encrypt") {
    const e = new Encrypter();
    for (const r of args) e.addRecipient(r);
    process.stdout.write(await e.encrypt(await stdin()));
  } else if (command === "decrypt") {
    const d = new Decrypter();
    for (const i of args) d.addIdentity(i);
    let file = await stdin();
    const text = new TextDecoder().decode(file.subarray(0, 64));
    if (text.trimStart().startsWith("-----BEGIN AGE ENCRYPTED FILE-----")) {
      file = armor.decode(new TextDecoder().decode(file));
    }
    process.stdout.write(await d.decrypt(file));
  } else {
    throw new Error("unknown command " + command);
  }
} catch (err) {
  process.stderr.write(String(err) + "\n");
  process.exit(1);
}
