// A stand-in for broadsheet.wasm whose bs_render traps, for the tests of what
// the shim does when the module fails mid-render. 175 bytes, from
// (wat2wasm, wabt 1.0.32):
//   (module
//     (memory (export "memory") 1)
//     (func (export "_initialize"))
//     (func (export "bs_version") (result i32) i32.const 16)
//     (data (i32.const 16) "0.0.0\00")
//     (func (export "bs_alloc") (param i32) (result i32) i32.const 1024)
//     (func (export "bs_free") (param i32))
//     (func (export "bs_release"))
//     (func (export "bs_render") (param i32 i32 i32 i32) (result i32) unreachable))
const HEX =
  '0061736d010000000119056000006000017f60017f017f60017f0060047f7f7f7f017f0307060001020300040503010001075307066d656d6f72' +
  '7902000b5f696e697469616c697a6500000a62735f76657273696f6e00010862735f616c6c6f6300020762735f6672656500030a62735f7265' +
  '6c6561736500040962735f72656e64657200050a190602000b040041100b05004180080b02000b02000b0300000b0b0c010041100b06302e30' +
  '2e3000';
export const TRAP_WASM = Uint8Array.from(HEX.match(/../g), (h) => parseInt(h, 16));
