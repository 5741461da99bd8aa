// The examples app: every example stack of the library, synthesized by `npm run synth` (and `cdktf synth`,
// which runs this file through cdktf.json's "app") into cdktf.out/stacks/<stack>/cdk.tf.json.
import { App } from 'cdktf';
import { buildExamples } from './app';

const app = new App();
buildExamples(app);
app.synth();
