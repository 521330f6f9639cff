import { benchQuality } from "./discover";
await benchQuality(true);
