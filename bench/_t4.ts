import { WORD_LISTS } from "./discover";
import { discoverNames } from "../src/discover/engine";
discoverNames({ blocks: [process.argv[2]!], lang: "en", covered: () => false }, WORD_LISTS).then((n) => console.log(JSON.stringify(n.map((x) => [x.kind, x.text]))));
