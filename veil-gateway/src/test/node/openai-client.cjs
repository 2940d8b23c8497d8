// Drives a running Veil gateway with the official `openai` npm package (plain and streaming chat).
// usage: NODE_PATH=<dir>/node_modules node openai-client.cjs BASE_URL API_KEY MODEL TEXT
// prints one JSON line: {"plain": "...", "streamed": "..."}
const OpenAI = require('openai');

async function main() {
  const [base, key, model, text] = process.argv.slice(2);
  const client = new OpenAI({ baseURL: base, apiKey: key, maxRetries: 0 });
  const messages = [{ role: 'user', content: text }];
  const plain = await client.chat.completions.create({ model, messages });
  let streamed = '';
  const stream = await client.chat.completions.create({ model, messages, stream: true });
  for await (const chunk of stream) {
    streamed += (chunk.choices[0] && chunk.choices[0].delta && chunk.choices[0].delta.content) || '';
  }
  process.stdout.write(JSON.stringify({ plain: plain.choices[0].message.content, streamed }) + '\n');
}

main().catch((e) => {
  process.stderr.write('error: ' + (e && e.status) + ' ' + (e && e.constructor && e.constructor.name) + '\n');
  process.exit(1);
});
